import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { projectRoot } from '../../server/config.ts';

/** Committed screenshots of the main states, one `<state>.png` each. */
export const baselinesDir = path.join(projectRoot, 'tests', 'visual-baselines');

/** Where a failed comparison leaves its diff and the screenshot it took (git-ignored). */
export const visualDiffDir = path.join(projectRoot, 'tests', 'artifacts', 'visual-diff');

/** Set to 1 to write the screenshots as the new baselines instead of comparing with them. */
export const updatingBaselines = process.env.UPDATE_VISUAL_BASELINES === '1';

/**
 * How far a screenshot may stray from its baseline. Rendering here is deterministic enough that
 * three runs in a row with nothing changed differed by at most the share recorded in the README's
 * test section; the allowance leaves room for that noise and none for a styling change.
 */
export const visualTolerance = {
  /**
   * pixelmatch's colour distance (OKLab, 0 to 1) under which two pixels count as the same. Half its
   * default: at 0.1 a panel turning from white to #f0f0f0 or to a pale pink passes unseen.
   */
  threshold: 0.05,
  /** The largest share of a state's pixels that may differ (anti-aliased edges not counted). */
  maxDifferingShare: 0.002,
};

/** How two equally sized images differ: the differing pixels, their share, and a diff image. */
export interface ImageDifference {
  differingPixels: number;
  share: number;
  diff: PNG;
}

/** Compares two images of the same size pixel by pixel, anti-aliasing ignored. */
export function compareImages(actual: PNG, expected: PNG): ImageDifference {
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const differingPixels = pixelmatch(actual.data, expected.data, diff.data, width, height, {
    threshold: visualTolerance.threshold,
    includeAA: false,
  });
  return { differingPixels, share: differingPixels / (width * height), diff };
}

/** What a comparison with a baseline found: `problem` is null when the state matches. */
export interface BaselineVerdict {
  state: string;
  /** Share of differing pixels, when the images could be compared. */
  share: number | null;
  problem: string | null;
}

export interface BaselineCheck {
  /** The state, and the baseline's name: tests/visual-baselines/<state>.png. */
  state: string;
  /** The PNG just taken. */
  screenshot: Buffer;
  /** Writes the screenshot as the baseline instead of comparing (UPDATE_VISUAL_BASELINES=1). */
  update?: boolean;
  /** Names the diff files when they are not the state's own (a test breaking a state on purpose). */
  diffName?: string;
  /** Folders, for tests of this module. */
  dirs?: { baselines: string; diffs: string };
}

const percent = (share: number) => `${(share * 100).toFixed(3)}%`;
/** A path as a person in the project would type it: relative when inside it. */
function shown(file: string): string {
  const relative = path.relative(projectRoot, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * Compares a screenshot with its state's committed baseline. A missing baseline is a problem,
 * never a pass: a state nobody has looked at must not count as unchanged. When the states differ
 * by more than the tolerance, the diff (red where pixels differ) and the screenshot are written
 * next to each other in tests/artifacts/visual-diff/ and the problem names them.
 */
export function checkBaseline(check: BaselineCheck): BaselineVerdict {
  const { state, screenshot, update = false } = check;
  const dirs = check.dirs ?? { baselines: baselinesDir, diffs: visualDiffDir };
  const baselineFile = path.join(dirs.baselines, `${state}.png`);
  if (update) {
    mkdirSync(dirs.baselines, { recursive: true });
    writeFileSync(baselineFile, screenshot);
    return { state, share: 0, problem: null };
  }
  if (!existsSync(baselineFile)) {
    return {
      state,
      share: null,
      problem: `${state}: no baseline at ${shown(baselineFile)}; look at the state, then write it with npm run test:visual:update`,
    };
  }
  const expected = PNG.sync.read(readFileSync(baselineFile));
  const actual = PNG.sync.read(screenshot);
  const name = check.diffName ?? state;
  if (actual.width !== expected.width || actual.height !== expected.height) {
    const actualFile = writeArtifact(dirs.diffs, `${name}.actual.png`, screenshot);
    return {
      state,
      share: null,
      problem: `${state}: the screenshot is ${actual.width}×${actual.height}, the baseline ${expected.width}×${expected.height}; screenshot: ${shown(actualFile)}`,
    };
  }
  const { share, diff } = compareImages(actual, expected);
  if (share <= visualTolerance.maxDifferingShare) return { state, share, problem: null };
  const diffFile = writeArtifact(dirs.diffs, `${name}.diff.png`, PNG.sync.write(diff));
  writeArtifact(dirs.diffs, `${name}.actual.png`, screenshot);
  return {
    state,
    share,
    problem: `${state}: ${percent(share)} of pixels differ from the baseline (at most ${percent(visualTolerance.maxDifferingShare)} allowed); diff: ${shown(diffFile)}`,
  };
}

function writeArtifact(dir: string, name: string, content: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
