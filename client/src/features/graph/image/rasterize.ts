import type { ProgressListener } from '../../../lib/image-export.ts';
import { documentSvg, type ExportDocument } from './export-document.ts';
import { PngWriter } from './png-writer.ts';

/** Tile edge in pixels: well inside every browser's canvas limits. */
const TILE = 2048;
/** Largest JPEG side and area one canvas can hold in Chromium; PNG has no such limit here. */
const JPEG_MAX_SIDE = 16_384;
const JPEG_MAX_AREA = 200_000_000;

interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
}

function tilesOf(doc: ExportDocument): Tile[][] {
  const rows: Tile[][] = [];
  for (let y = 0; y < doc.height; y += TILE) {
    const row: Tile[] = [];
    for (let x = 0; x < doc.width; x += TILE) {
      row.push({
        x,
        y,
        width: Math.min(TILE, doc.width - x),
        height: Math.min(TILE, doc.height - y),
      });
    }
    rows.push(row);
  }
  return rows;
}

/** Renders one tile of the document by letting the browser rasterise its SVG at full resolution. */
async function renderTile(doc: ExportDocument, tile: Tile): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([documentSvg(doc, tile)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = tile.width;
    canvas.height = tile.height;
    canvas.getContext('2d')!.drawImage(image, 0, 0, tile.width, tile.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A PNG of any size: tiles are rendered one by one and streamed, a band of rows at a time,
 * into a PNG encoder, so no canvas ever holds more than one tile.
 */
export async function rasterPng(doc: ExportDocument, onProgress: ProgressListener): Promise<Blob> {
  const rows = tilesOf(doc);
  const total = rows.flat().length;
  let done = 0;
  const writer = new PngWriter(doc.width, doc.height);
  for (const row of rows) {
    const bandHeight = row[0]!.height;
    const band = new Uint8ClampedArray(doc.width * bandHeight * 4);
    for (const tile of row) {
      const pixels = (await renderTile(doc, tile))
        .getContext('2d')!
        .getImageData(0, 0, tile.width, tile.height).data;
      for (let y = 0; y < tile.height; y++) {
        band.set(
          pixels.subarray(y * tile.width * 4, (y + 1) * tile.width * 4),
          (y * doc.width + tile.x) * 4,
        );
      }
      onProgress(++done / total);
    }
    writer.addRows(band, bandHeight);
  }
  return new Blob(writer.finish() as BlobPart[], { type: 'image/png' });
}

/** A JPEG, drawn tile by tile onto one canvas (JPEG has no streaming encoder in the browser). */
export async function rasterJpeg(doc: ExportDocument, onProgress: ProgressListener): Promise<Blob> {
  if (
    doc.width > JPEG_MAX_SIDE ||
    doc.height > JPEG_MAX_SIDE ||
    doc.width * doc.height > JPEG_MAX_AREA
  ) {
    throw new Error(
      `A JPEG of ${doc.width} × ${doc.height} px is beyond what a browser canvas holds (16,384 px a side); choose PNG, which has no limit, or a smaller scale.`,
    );
  }
  const canvas = document.createElement('canvas');
  canvas.width = doc.width;
  canvas.height = doc.height;
  const context = canvas.getContext('2d')!;
  // JPEG has no transparency: a transparent export gets white.
  context.fillStyle = doc.background ?? '#ffffff';
  context.fillRect(0, 0, doc.width, doc.height);
  const tiles = tilesOf(doc).flat();
  let done = 0;
  for (const tile of tiles) {
    context.drawImage(await renderTile(doc, tile), tile.x, tile.y);
    onProgress(++done / tiles.length);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The browser could not encode the JPEG.')),
      'image/jpeg',
      0.92,
    ),
  );
}
