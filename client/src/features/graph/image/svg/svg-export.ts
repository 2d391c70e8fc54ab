import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { escapeXml } from '../../../../lib/xml.ts';
import { arrowHead, edgePath, type Point } from './edge-geometry.ts';
import { shapeElement } from './node-shapes.ts';

/** A box in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface SvgGraphOptions {
  /** The region of the graph to draw, in model coordinates. */
  box: Box;
  /** Output pixels per model unit. */
  scale: number;
  /** Fill behind everything; null leaves the background transparent. */
  background: string | null;
}

const round = (value: number) => Math.round(value * 100) / 100;

let measureContext: CanvasRenderingContext2D | null | undefined;
/** Width of `text` in `font`, measured the way the canvas renderer measures it. */
function textWidth(text: string, font: string, fontSize: number): number {
  if (measureContext === undefined) {
    measureContext =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  if (!measureContext) return text.length * fontSize * 0.55;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

interface LabelStyle {
  font: string;
  family: string;
  size: number;
  weight: string;
  color: string;
  lineHeight: number;
  background: string;
  backgroundOpacity: number;
  padding: number;
}

function labelStyle(element: NodeSingular | EdgeSingular): LabelStyle {
  const size = element.numericStyle('font-size');
  const family = element.style('font-family');
  const weight = element.style('font-weight');
  const style = element.style('font-style');
  return {
    font: `${style} ${weight} ${size}px ${family}`,
    family,
    size,
    weight,
    color: element.style('color'),
    lineHeight: size * (Number(element.style('line-height')) || 1),
    background: element.style('text-background-color'),
    backgroundOpacity: element.numericStyle('text-background-opacity'),
    padding: element.numericStyle('text-background-padding'),
  };
}

/** The label split into lines at the style's text-max-width, words measured as the canvas does. */
function labelLines(node: NodeSingular, style: LabelStyle): string[] {
  const label = String(node.style('label') ?? '');
  if (label === '') return [];
  if (node.style('text-wrap') !== 'wrap') return [label];
  const maxWidth = node.numericStyle('text-max-width');
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, style.font, style.size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Text (one <text>, a <tspan> per line) with its background plate, centred on x. */
function textBlock(lines: string[], x: number, top: number, style: LabelStyle): string {
  if (lines.length === 0) return '';
  const width = Math.max(...lines.map((line) => textWidth(line, style.font, style.size)));
  const height = lines.length * style.lineHeight;
  const parts: string[] = [];
  if (style.backgroundOpacity > 0) {
    parts.push(
      `<rect x="${round(x - width / 2 - style.padding)}" y="${round(top - style.padding)}" width="${round(width + 2 * style.padding)}" height="${round(height + 2 * style.padding)}" rx="2" fill="${style.background}" fill-opacity="${style.backgroundOpacity}"/>`,
    );
  }
  const tspans = lines
    .map(
      (line, index) =>
        `<tspan x="${round(x)}" y="${round(top + (index + 0.8) * style.lineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  parts.push(
    `<text text-anchor="middle" font-family="${escapeXml(style.family)}" font-size="${style.size}" font-weight="${style.weight}" fill="${style.color}">${tspans}</text>`,
  );
  return parts.join('');
}

function nodeSvg(node: NodeSingular): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const opacity = node.effectiveOpacity();
  const borderWidth = node.numericStyle('border-width');
  const dashed =
    node.style('border-style') === 'dashed'
      ? ` stroke-dasharray="${round(borderWidth * 2.5)} ${round(borderWidth * 1.5)}"`
      : '';
  const shape = shapeElement(node.style('shape'), x, y, w, h);
  const body = `${shape} fill="${node.style('background-color')}" fill-opacity="${node.numericStyle('background-opacity')}" stroke="${node.style('border-color')}" stroke-width="${borderWidth}"${dashed}/>`;
  const style = labelStyle(node);
  const lines = labelLines(node, style);
  const valign = node.style('text-valign');
  const marginY = node.numericStyle('text-margin-y');
  const height = lines.length * style.lineHeight;
  const top =
    valign === 'top'
      ? y - h / 2 - borderWidth / 2 - height + marginY
      : valign === 'center'
        ? y - height / 2 + marginY
        : y + h / 2 + borderWidth / 2 + marginY;
  const label = textBlock(lines, x, top, style);
  return `<g class="node" data-id="${escapeXml(node.id())}"${opacity < 1 ? ` opacity="${round(opacity)}"` : ''}>${body}${label}</g>`;
}

function edgeSvg(edge: EdgeSingular): string {
  const source = edge.sourceEndpoint();
  const target = edge.targetEndpoint();
  const curve = edge.style('curve-style');
  const segments = curve === 'segments' || curve === 'taxi';
  const points: Point[] =
    (segments
      ? edge.segmentPoints()
      : curve === 'straight' || curve === 'haystack'
        ? undefined
        : edge.controlPoints()) ?? [];
  const width = edge.numericStyle('width');
  const color = edge.style('line-color');
  const opacity = edge.effectiveOpacity();
  const dashed =
    edge.style('line-style') === 'dashed'
      ? ` stroke-dasharray="${round(width * 3)} ${round(width * 2)}"`
      : '';
  const parts = [
    `<path d="${edgePath(source, target, points, segments)}" fill="none" stroke="${color}" stroke-width="${width}"${dashed}/>`,
  ];
  if (edge.style('target-arrow-shape') !== 'none') {
    const from = points.length > 0 ? points[points.length - 1]! : source;
    parts.push(
      `<polygon points="${arrowHead(from, target, width, edge.numericStyle('arrow-scale'))}" fill="${edge.style('target-arrow-color')}"/>`,
    );
  }
  const label = String(edge.style('label') ?? '');
  if (label !== '') {
    const style = labelStyle(edge);
    const mid = edge.midpoint();
    const angle =
      edge.style('text-rotation') === 'autorotate'
        ? (Math.atan2(target.y - source.y, target.x - source.x) * 180) / Math.PI
        : 0;
    const upright = angle > 90 || angle < -90 ? angle + 180 : angle;
    parts.push(
      `<g transform="rotate(${round(upright)} ${round(mid.x)} ${round(mid.y)})">${textBlock([label], mid.x, mid.y - style.lineHeight / 2, style)}</g>`,
    );
  }
  return `<g class="edge" data-id="${escapeXml(edge.id())}"${opacity < 1 ? ` opacity="${round(opacity)}"` : ''}>${parts.join('')}</g>`;
}

/**
 * The graph as true vector SVG, drawn from Cytoscape's own geometry and computed styles: shapes,
 * colours, borders, curved edges and arrowheads, and labels as real <text>. Only visible
 * elements are drawn, edges beneath nodes, each group in Cytoscape's z-order.
 */
export function graphSvgContent(cy: Core): string {
  const byZ = <T extends NodeSingular | EdgeSingular>(items: T[]) =>
    [...items].sort((a, b) => a.numericStyle('z-index') - b.numericStyle('z-index'));
  const edges = byZ(cy.edges(':visible').toArray() as EdgeSingular[]).map(edgeSvg);
  const nodes = byZ(cy.nodes(':visible').toArray() as NodeSingular[]).map(nodeSvg);
  return `<g class="edges">${edges.join('')}</g><g class="nodes">${nodes.join('')}</g>`;
}

/** A standalone SVG document of the graph region `box`. */
export function graphToSvg(cy: Core, options: SvgGraphOptions): string {
  const { box, scale, background } = options;
  const width = Math.round(box.w * scale);
  const height = Math.round(box.h * scale);
  const fill = background
    ? `<rect x="${round(box.x1)}" y="${round(box.y1)}" width="${round(box.w)}" height="${round(box.h)}" fill="${background}"/>`
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${round(box.x1)} ${round(box.y1)} ${round(box.w)} ${round(box.h)}">`,
    fill,
    graphSvgContent(cy),
    '</svg>',
    '',
  ].join('\n');
}
