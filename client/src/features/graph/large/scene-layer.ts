import type cytoscape from 'cytoscape';
import { runInSlices, type SlicedRun } from '../../../lib/run-in-slices.ts';
import { drawScene, drawSceneSteps, type SceneFrame } from './scene-drawing.ts';

/** What the layer draws, apart from the viewport, which it reads from Cytoscape. */
export type SceneContent = Omit<SceneFrame, 'zoom' | 'pan' | 'width' | 'height' | 'pixelRatio'>;

/** After the view stops moving for this long, in ms, the layer redraws sharp. */
const SETTLE_MS = 140;

/**
 * A drawing hands the page back once its steps have taken this long, in ms: a 50k-node scene
 * drawn in one go held the page for up to a quarter of a second, on every layout progress.
 */
const SLICE_MS = 30;

interface Drawn {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/**
 * A canvas under Cytoscape's that draws a large graph (see drawScene) and follows Cytoscape's
 * pan and zoom. While the view moves it shifts and scales its last drawing, which costs next to
 * nothing; once the view rests it draws again, sharp. Content changes redraw from the next frame,
 * off screen and a few steps at a time between other tasks; the finished drawing then replaces
 * the shown one at once.
 */
export class SceneLayer {
  private content: SceneContent | null = null;
  /** The last finished drawing, which the layer shifts while the view moves. */
  private snapshot = document.createElement('canvas');
  /** The drawing under way (see SLICE_MS); it becomes the snapshot when finished. */
  private work = document.createElement('canvas');
  /** Drawing the work canvas into this one pixel makes the canvas draw what it has recorded. */
  private readonly flusher = document.createElement('canvas');
  private drawing: SlicedRun | null = null;
  private drawn: Drawn | null = null;
  private frame = 0;
  private settleTimer = 0;
  private readonly drawnCallbacks: (() => void)[] = [];
  private destroyed = false;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly cy: cytoscape.Core,
  ) {
    cy.on('viewport', this.onViewport);
    cy.on('resize', this.onResize);
  }

  /** Replaces what is drawn; the drawing follows on the next frame. */
  set(content: SceneContent): void {
    this.content = content;
    this.abandonDrawing();
    this.schedule();
  }

  /** Calls `callback` once the next full drawing has been made. */
  whenDrawn(callback: () => void): void {
    this.drawnCallbacks.push(callback);
    if (!this.drawing) this.schedule();
  }

  /** Draws now rather than on the next frame (exports read the canvas right after). */
  drawNow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.abandonDrawing();
    this.draw();
  }

  destroy(): void {
    this.destroyed = true;
    this.abandonDrawing();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.settleTimer);
    this.cy.off('viewport', this.onViewport);
    this.cy.off('resize', this.onResize);
    this.drawnCallbacks.length = 0;
  }

  private schedule(): void {
    if (this.frame || this.destroyed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.startDrawing();
    });
  }

  /** A drawing under way is out of date: it stops and is never shown. */
  private abandonDrawing(): void {
    this.drawing?.cancel();
    this.drawing = null;
  }

  private readonly onResize = () => {
    this.abandonDrawing();
    this.schedule();
  };

  private readonly onViewport = () => {
    // A drawing under way is for the view before this move; the one after it settles replaces it.
    this.abandonDrawing();
    this.shiftSnapshot();
    clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => this.schedule(), SETTLE_MS);
  };

  /** Moves and scales the last drawing to the current viewport, without drawing anew. */
  private shiftSnapshot(): void {
    const drawn = this.drawn;
    if (!drawn || this.destroyed) return;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const k = zoom / drawn.zoom;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.drawImage(
      this.snapshot,
      pan.x - drawn.pan.x * k,
      pan.y - drawn.pan.y * k,
      drawn.width * k,
      drawn.height * k,
    );
  }

  /** The canvas's size now, in CSS pixels (one canvas pixel each). */
  private size(): { width: number; height: number } {
    return {
      width: Math.max(1, Math.round(this.cy.width())),
      height: Math.max(1, Math.round(this.cy.height())),
    };
  }

  /**
   * Draws the content into the work canvas a slice at a time, then shows it. A new size is drawn
   * at once instead: resizing blanks the shown canvas, which must not wait.
   */
  private startDrawing(): void {
    if (this.destroyed) return;
    const { width, height } = this.size();
    const content = this.content;
    const ctx = this.work.getContext('2d');
    const flush = this.flusher.getContext('2d');
    if (
      !content ||
      !ctx ||
      !flush ||
      this.canvas.width !== width ||
      this.canvas.height !== height
    ) {
      this.draw();
      return;
    }
    if (this.work.width !== width || this.work.height !== height) {
      this.work.width = width;
      this.work.height = height;
    }
    const zoom = this.cy.zoom();
    const pan = { ...this.cy.pan() };
    const steps = drawSceneSteps(
      ctx,
      { ...content, zoom, pan, width, height, pixelRatio: 1 },
      () => new Path2D(),
    );
    const work = this.work;
    // Each step's rasterizing is paid in its own slice, not all at once when the drawing is shown.
    const flushed: Iterator<void> = {
      next: () => {
        const step = steps.next();
        flush.drawImage(work, 0, 0, 1, 1, 0, 0, 1, 1);
        return step;
      },
    };
    this.abandonDrawing();
    // A small scene finishes within the first slice, before runInSlices returns.
    let finished = false;
    const run = runInSlices(flushed, SLICE_MS, () => {
      finished = true;
      this.drawing = null;
      this.show(work, { zoom, pan, width, height });
    });
    if (!finished) this.drawing = run;
  }

  /** Puts a finished work drawing on screen; it becomes the snapshot, the old one the work. */
  private show(work: HTMLCanvasElement, drawn: Drawn): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, drawn.width, drawn.height);
    ctx.drawImage(work, 0, 0);
    this.work = this.snapshot;
    this.snapshot = work;
    this.finished(drawn);
  }

  private finished(drawn: Drawn): void {
    this.drawn = drawn;
    const callbacks = this.drawnCallbacks.splice(0);
    for (const callback of callbacks) callback();
  }

  /** Draws the content onto the shown canvas in one go, and keeps a copy as the snapshot. */
  private draw(): void {
    if (this.destroyed) return;
    const { width, height } = this.size();
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    if (this.snapshot.width !== width || this.snapshot.height !== height) {
      this.snapshot.width = width;
      this.snapshot.height = height;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const zoom = this.cy.zoom();
    const pan = { ...this.cy.pan() };
    if (this.content) {
      drawScene(ctx, { ...this.content, zoom, pan, width, height, pixelRatio: 1 });
    } else {
      ctx.clearRect(0, 0, width, height);
    }
    const copy = this.snapshot.getContext('2d');
    if (copy) {
      copy.setTransform(1, 0, 0, 1, 0, 0);
      copy.clearRect(0, 0, width, height);
      copy.drawImage(this.canvas, 0, 0);
    }
    this.finished({ zoom, pan, width, height });
  }
}
