import type { ImageFormat, ImageOptions, ProgressListener } from './image-export.ts';

/** Zoom commands a canvas answers (the zoom buttons, keyboard shortcuts). */
export interface ZoomHandle {
  /** Zooms by `factor` around the middle of the canvas. */
  zoomBy(factor: number): void;
  /** Frames what is visible. */
  fit(): void;
}

/**
 * What the page may ask of the graph canvas beyond zooming: what is drawn, and the drawing as an
 * image. Exports go through this, never through the drawing's own objects.
 */
export interface GraphCanvasHandle extends ZoomHandle {
  /** Ids of every node and relationship drawn (the filters' verdict); null before drawing. */
  drawnIds(): { nodes: string[]; edges: string[] } | null;
  /** Where every drawn node is, by id, in model coordinates (read once per export). */
  positions(): Record<string, { x: number; y: number }>;
  /** The drawing as a PNG, JPEG or SVG file. */
  exportImage(
    format: ImageFormat,
    options: ImageOptions,
    onProgress: ProgressListener,
  ): Promise<Blob>;
}
