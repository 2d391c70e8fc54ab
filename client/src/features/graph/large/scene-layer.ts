import type cytoscape from 'cytoscape';
import { drawScene, type SceneFrame } from './scene-drawing.ts';

/** What the layer draws, apart from the viewport, which it reads from Cytoscape. */
export type SceneContent = Omit<SceneFrame, 'zoom' | 'pan' | 'width' | 'height' | 'pixelRatio'>;

/** After the view stops moving for this long, in ms, the layer redraws sharp. */
const SETTLE_MS = 140;

interface Drawn {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/**
 * A canvas under Cytoscape's that draws a large graph (see drawScene) and follows Cytoscape's
 * pan and zoom. While the view moves it shifts and scales its last drawing, which costs next to
 * nothing; once the view rests it draws again, sharp. Content changes redraw on the next frame.
 */
export class SceneLayer {
  private content: SceneContent | null = null;
  private readonly snapshot = document.createElement('canvas');
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
    this.schedule();
  }

  /** Calls `callback` once the next full drawing has been made. */
  whenDrawn(callback: () => void): void {
    this.drawnCallbacks.push(callback);
    this.schedule();
  }

  /** Draws now rather than on the next frame (exports read the canvas right after). */
  drawNow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  destroy(): void {
    this.destroyed = true;
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
      this.draw();
    });
  }

  private readonly onResize = () => this.schedule();

  private readonly onViewport = () => {
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

  private draw(): void {
    if (this.destroyed) return;
    const width = Math.max(1, Math.round(this.cy.width()));
    const height = Math.max(1, Math.round(this.cy.height()));
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
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
    this.drawn = { zoom, pan, width, height };
    const callbacks = this.drawnCallbacks.splice(0);
    for (const callback of callbacks) callback();
  }
}
