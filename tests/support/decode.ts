import { DOMParser } from '@xmldom/xmldom';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/** Decoded pixels of a PNG or JPEG, RGBA, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

export function decodePng(bytes: Buffer): Pixels {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

export function decodeJpeg(bytes: Buffer): Pixels {
  const image = jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 2048 });
  return { width: image.width, height: image.height, data: image.data };
}

/** RGBA of one pixel. */
export function pixelAt(image: Pixels, x: number, y: number): number[] {
  const at = (y * image.width + x) * 4;
  return [...image.data.subarray(at, at + 4)];
}

/** Share of sampled pixels that differ from `background` by more than a little: 0 means blank. */
export function inkShare(image: Pixels, background: number[], samples = 20_000): number {
  let inked = 0;
  for (let i = 0; i < samples; i++) {
    const x = Math.floor((i * 7919) % image.width);
    const y = Math.floor(((i * 104729) / image.width) % image.height);
    const pixel = pixelAt(image, x, y);
    if (pixel.some((value, channel) => Math.abs(value - background[channel]!) > 24)) inked++;
  }
  return inked / samples;
}

export function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(text, 'text/xml');
  if (errors.length > 0) throw new Error(`Not well-formed XML: ${errors[0]}`);
  return doc as unknown as Document;
}
