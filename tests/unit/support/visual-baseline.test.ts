import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBaseline, visualTolerance } from '../../support/visual-baseline.ts';

let root: string;
let dirs: { baselines: string; diffs: string };

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'visual-baseline-'));
  dirs = { baselines: path.join(root, 'baselines'), diffs: path.join(root, 'diffs') };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A 100×100 white PNG with a grey 20×20 square whose left edge is at `squareX`. */
function picture(squareX: number, size = 100): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inSquare = x >= squareX && x < squareX + 20 && y >= 40 && y < 60;
      const i = (y * size + x) * 4;
      png.data.fill(inSquare ? 90 : 255, i, i + 3);
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

describe('checkBaseline', () => {
  it('when no baseline exists, then it fails and says how to write one', () => {
    const verdict = checkBaseline({ state: 'start', screenshot: picture(10), dirs });
    expect(verdict.problem).toMatch(/^start: no baseline at .*start\.png.*test:visual:update/);
  });

  it('when updating, then the screenshot becomes the baseline, and the same screenshot then matches it', () => {
    checkBaseline({ state: 'start', screenshot: picture(10), update: true, dirs });
    expect(readFileSync(path.join(dirs.baselines, 'start.png'))).toEqual(picture(10));
    const verdict = checkBaseline({ state: 'start', screenshot: picture(10), dirs });
    expect(verdict).toEqual({ state: 'start', share: 0, problem: null });
    expect(existsSync(dirs.diffs)).toBe(false);
  });

  it('when a square has moved 8 px, then it fails with the share of differing pixels and the diff it wrote', () => {
    checkBaseline({ state: 'start', screenshot: picture(10), update: true, dirs });
    const verdict = checkBaseline({ state: 'start', screenshot: picture(18), dirs });
    // 8 columns of 20 pixels appear on one side and go on the other: 320 of 10,000.
    expect(verdict.share).toBe(0.032);
    expect(verdict.share).toBeGreaterThan(visualTolerance.maxDifferingShare);
    const diffFile = path.join(dirs.diffs, 'start.diff.png');
    expect(verdict.problem).toBe(
      `start: 3.200% of pixels differ from the baseline (at most 0.200% allowed); diff: ${diffFile}`,
    );
    expect(PNG.sync.read(readFileSync(diffFile)).width).toBe(100);
    expect(readFileSync(path.join(dirs.diffs, 'start.actual.png'))).toEqual(picture(18));
  });

  it('when the screenshot has another size, then it fails and names both sizes', () => {
    checkBaseline({ state: 'phone', screenshot: picture(10), update: true, dirs });
    const verdict = checkBaseline({ state: 'phone', screenshot: picture(10, 120), dirs });
    expect(verdict.problem).toMatch(/^phone: the screenshot is 120×120, the baseline 100×100/);
  });
});
