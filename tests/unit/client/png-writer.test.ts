import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PngWriter } from '../../../client/src/features/graph/image/png-writer.ts';

function concat(parts: Uint8Array[]): Buffer {
  return Buffer.concat(parts.map((part) => Buffer.from(part)));
}

describe('PngWriter', () => {
  it('when rows arrive in bands, then a real PNG decoder reads back every pixel', () => {
    const width = 300;
    const height = 70;
    const writer = new PngWriter(width, height);
    const pixel = (x: number, y: number) => [x % 256, y % 256, (x + y) % 256, 255];
    for (let top = 0; top < height; top += 32) {
      const rows = Math.min(32, height - top);
      const band = new Uint8Array(width * rows * 4);
      for (let y = 0; y < rows; y++) {
        for (let x = 0; x < width; x++) band.set(pixel(x, top + y), (y * width + x) * 4);
      }
      writer.addRows(band, rows);
    }
    const png = PNG.sync.read(concat(writer.finish()));
    expect([png.width, png.height]).toEqual([width, height]);
    for (const [x, y] of [
      [0, 0],
      [299, 69],
      [123, 45],
    ] as const) {
      const at = (y * width + x) * 4;
      expect([...png.data.subarray(at, at + 4)]).toEqual(pixel(x, y));
    }
  });

  it('when the image is wider than any canvas, then it is still written band by band', () => {
    const width = 20_000;
    const writer = new PngWriter(width, 2);
    const band = new Uint8Array(width * 2 * 4).fill(255);
    writer.addRows(band, 2);
    const png = PNG.sync.read(concat(writer.finish()));
    expect(png.width).toBe(20_000);
  });

  it('when rows are missing at the end, then finishing says how many were written', () => {
    const writer = new PngWriter(4, 4);
    writer.addRows(new Uint8Array(4 * 4 * 2), 2);
    expect(() => writer.finish()).toThrow('PngWriter: 2 of 4 rows written');
  });
});
