import type { SceneContext, ScenePath } from '../../large/scene-drawing.ts';
import { escapeXml } from '../../../../lib/xml.ts';

const round = (value: number) => Math.round(value * 100) / 100;

/** A path written as SVG path data as it is traced. */
export class SvgPath implements ScenePath {
  private readonly parts: string[] = [];

  get data(): string {
    return this.parts.join('');
  }

  moveTo(x: number, y: number): void {
    this.parts.push(`M${round(x)} ${round(y)}`);
  }

  lineTo(x: number, y: number): void {
    this.parts.push(`L${round(x)} ${round(y)}`);
  }

  /** Whole circles only (all the scene drawing draws): two half arcs, as SVG cannot draw a full one. */
  arc(x: number, y: number, radius: number): void {
    const r = round(radius);
    this.parts.push(
      `M${round(x + radius)} ${round(y)}A${r} ${r} 0 1 1 ${round(x - radius)} ${round(y)}A${r} ${r} 0 1 1 ${round(x + radius)} ${round(y)}Z`,
    );
  }

  rect(x: number, y: number, width: number, height: number): void {
    this.parts.push(`M${round(x)} ${round(y)}h${round(width)}v${round(height)}h${round(-width)}Z`);
  }

  closePath(): void {
    this.parts.push('Z');
  }
}

const ANCHORS: Partial<Record<CanvasTextAlign, string>> = {
  center: 'middle',
  right: 'end',
  end: 'end',
};

const BASELINES: Partial<Record<CanvasTextBaseline, string>> = {
  top: 'text-before-edge',
  middle: 'central',
  bottom: 'text-after-edge',
};

/**
 * A stand-in for a canvas context that writes what is drawn on it as SVG elements, so the very
 * code that draws a large graph on screen also writes its vector export. Only flat colours are
 * supported (all the scene drawing uses); text is measured on a real canvas in the same font.
 */
export class SvgRecorder implements SceneContext<SvgPath> {
  fillStyle: string | CanvasGradient | CanvasPattern = '#000';
  strokeStyle: string | CanvasGradient | CanvasPattern = '#000';
  lineWidth = 1;
  globalAlpha = 1;
  font = '10px sans-serif';
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  private readonly elements: string[] = [];
  private transform = '';
  private measurer: CanvasRenderingContext2D | null | undefined;

  /** Everything drawn, as one SVG group. */
  markup(): string {
    const open = this.transform ? `<g transform="${this.transform}">` : '<g>';
    return [open, ...this.elements, '</g>'].join('\n');
  }

  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    const identity = a === 1 && b === 0 && c === 0 && d === 1 && e === 0 && f === 0;
    this.transform = identity ? '' : `matrix(${[a, b, c, d, e, f].map(round).join(' ')})`;
  }

  /** Nothing to clear: the recording starts empty. */
  clearRect(): void {}

  fillRect(x: number, y: number, width: number, height: number): void {
    this.elements.push(
      `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}"${this.paint('fill')}/>`,
    );
  }

  fill(path: SvgPath): void {
    if (path.data) this.elements.push(`<path d="${path.data}"${this.paint('fill')}/>`);
  }

  stroke(path: SvgPath): void {
    if (!path.data) return;
    this.elements.push(
      `<path d="${path.data}" fill="none" stroke-width="${round(this.lineWidth)}"${this.paint('stroke')}/>`,
    );
  }

  fillText(text: string, x: number, y: number): void {
    const anchor = ANCHORS[this.textAlign];
    const baseline = BASELINES[this.textBaseline];
    this.elements.push(
      `<text x="${round(x)}" y="${round(y)}" style="font:${escapeXml(this.font)}"${anchor ? ` text-anchor="${anchor}"` : ''}${baseline ? ` dominant-baseline="${baseline}"` : ''}${this.paint('fill')}>${escapeXml(text)}</text>`,
    );
  }

  measureText(text: string): { width: number } {
    if (this.measurer === undefined) {
      this.measurer = document.createElement('canvas').getContext('2d');
    }
    if (!this.measurer) return { width: text.length * 6 };
    this.measurer.font = this.font;
    return { width: this.measurer.measureText(text).width };
  }

  private paint(kind: 'fill' | 'stroke'): string {
    const style = kind === 'fill' ? this.fillStyle : this.strokeStyle;
    const color = typeof style === 'string' ? style : '#000';
    const other = kind === 'fill' ? ' stroke="none"' : '';
    const opacity = this.globalAlpha < 1 ? ` ${kind}-opacity="${round(this.globalAlpha)}"` : '';
    return ` ${kind}="${escapeXml(color)}"${other}${opacity}`;
  }
}
