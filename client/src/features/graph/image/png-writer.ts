import { Zlib } from 'fflate';

/** CRC-32 as PNG chunks need it (ISO 3309), table built once. */
const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(parts: Uint8Array[]): number {
  let crc = 0xffffffff;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) crc = crcTable[(crc ^ part[i]!) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([typeBytes, data]));
  return out;
}

const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

/**
 * Writes an RGBA PNG one band of rows at a time, so an image far larger than any canvas (or any
 * single buffer) can be produced: only the current band and the compressed output are in memory.
 */
export class PngWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly deflate: Zlib;
  private rowsWritten = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, width);
    view.setUint32(4, height);
    header[8] = 8; // bit depth
    header[9] = 6; // colour type: RGBA
    this.parts.push(signature, chunk('IHDR', header));
    // IDAT holds a zlib stream (header and Adler-32), not raw deflate.
    this.deflate = new Zlib({ level: 6 }, (data) => {
      if (data.length > 0) this.parts.push(chunk('IDAT', data));
    });
  }

  /** Adds `rows` full-width rows of RGBA pixels (top to bottom). */
  addRows(rgba: Uint8ClampedArray | Uint8Array, rows: number): void {
    const stride = this.width * 4;
    if (rgba.length < rows * stride) throw new Error('PngWriter: band is shorter than its rows');
    const filtered = new Uint8Array(rows * (stride + 1));
    for (let row = 0; row < rows; row++) {
      // Filter type 0 (none) per row: simple, and deflate still finds the flat areas.
      filtered.set(rgba.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
    }
    this.rowsWritten += rows;
    if (this.rowsWritten > this.height) throw new Error('PngWriter: more rows than the height');
    this.deflate.push(filtered, false);
  }

  /** Ends the image; every row must have been added. */
  finish(): Uint8Array[] {
    if (this.rowsWritten !== this.height) {
      throw new Error(`PngWriter: ${this.rowsWritten} of ${this.height} rows written`);
    }
    this.deflate.push(new Uint8Array(0), true);
    this.parts.push(chunk('IEND', new Uint8Array(0)));
    return this.parts;
  }
}
