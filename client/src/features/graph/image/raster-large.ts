import { drawScene, type SceneFrame } from '../large/scene-drawing.ts';
import type { LargeScene } from '../large/large-scene.ts';
import { graphPalette } from '../../../lib/theme.ts';
import { documentSvg, type ExportDocument } from './export-document.ts';
import { PngWriter } from './png-writer.ts';
import type { ProgressListener } from '../../../lib/image-export.ts';

/** Largest image drawn on one canvas and encoded by the browser; bigger ones go in tiles. */
const ONE_CANVAS = { side: 16_384, area: 120_000_000 } as const;
/** Tile edge for images past that, in pixels. */
const TILE = 2048;
const JPEG_MAX_SIDE = 16_384;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Draws `area` of the page onto `ctx` (whose origin is the area's corner): the background, the
 * SVG part (camp regions, legend, caption), then the large graph straight from its scene.
 */
async function drawArea(
  ctx: CanvasRenderingContext2D,
  doc: ExportDocument,
  scene: LargeScene,
  area: Area,
  fill: string | null,
): Promise<void> {
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, area.width, area.height);
  }
  const overlay = await svgImage(documentSvg({ ...doc, background: null }, area));
  ctx.drawImage(overlay, 0, 0, area.width, area.height);
  drawScene(ctx, largeGraphFrame(doc, scene, area));
}

/**
 * How `area` of the export page shows the large graph: its place and scale on the page, with
 * every node drawn in full and every name that fits.
 */
export function largeGraphFrame(doc: ExportDocument, scene: LargeScene, area: Area): SceneFrame {
  const graph = doc.graph!;
  return {
    scene,
    zoom: graph.scale,
    pan: {
      x: graph.x - graph.box.x1 * graph.scale - area.x,
      y: graph.y - graph.box.y1 * graph.scale - area.y,
    },
    width: area.width,
    height: area.height,
    pixelRatio: 1,
    palette: graphPalette(doc.background === '#1c2129' ? 'dark' : 'light'),
    labels: true,
    detailed: true,
    keep: true,
  };
}

function toBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The browser could not encode the image.')),
      type,
      quality,
    ),
  );
}

/**
 * A PNG or JPEG of a large graph: the graph is drawn from its scene onto the raster (as the
 * scene layer draws it, in full detail) rather than rasterised from an SVG of every element,
 * and the browser encodes the result. Images too big for one canvas are drawn in tiles and
 * streamed into the PNG encoder, as for small graphs.
 */
export async function rasterLarge(
  doc: ExportDocument,
  scene: LargeScene,
  format: 'png' | 'jpeg',
  onProgress: ProgressListener,
): Promise<Blob> {
  const fill = doc.background ?? (format === 'jpeg' ? '#ffffff' : null);
  const whole = { x: 0, y: 0, width: doc.width, height: doc.height };
  const fits =
    doc.width <= ONE_CANVAS.side &&
    doc.height <= ONE_CANVAS.side &&
    doc.width * doc.height <= ONE_CANVAS.area;
  if (fits) {
    const canvas = document.createElement('canvas');
    canvas.width = doc.width;
    canvas.height = doc.height;
    await drawArea(canvas.getContext('2d')!, doc, scene, whole, fill);
    onProgress(0.5);
    const blob = await toBlob(canvas, format === 'png' ? 'image/png' : 'image/jpeg', 0.92);
    onProgress(1);
    return blob;
  }
  if (format === 'jpeg' || doc.width > JPEG_MAX_SIDE * 8) {
    throw new Error(
      `A ${format.toUpperCase()} of ${doc.width} × ${doc.height} px is beyond what a browser canvas holds; choose PNG or a smaller scale.`,
    );
  }
  const writer = new PngWriter(doc.width, doc.height);
  const rows = Math.ceil(doc.height / TILE);
  const columns = Math.ceil(doc.width / TILE);
  const tile = document.createElement('canvas');
  for (let row = 0; row < rows; row++) {
    const y = row * TILE;
    const bandHeight = Math.min(TILE, doc.height - y);
    const band = new Uint8ClampedArray(doc.width * bandHeight * 4);
    for (let column = 0; column < columns; column++) {
      const x = column * TILE;
      const area = { x, y, width: Math.min(TILE, doc.width - x), height: bandHeight };
      tile.width = area.width;
      tile.height = area.height;
      const ctx = tile.getContext('2d')!;
      await drawArea(ctx, doc, scene, area, fill);
      const pixels = ctx.getImageData(0, 0, area.width, area.height).data;
      for (let line = 0; line < area.height; line++) {
        band.set(
          pixels.subarray(line * area.width * 4, (line + 1) * area.width * 4),
          (line * doc.width + x) * 4,
        );
      }
      onProgress((row * columns + column + 1) / (rows * columns));
    }
    writer.addRows(band, bandHeight);
  }
  return new Blob(writer.finish() as BlobPart[], { type: 'image/png' });
}
