import type { Core } from 'cytoscape';
import { CAMP_INFO } from '../../../lib/camps.ts';
import { KIND_STYLES, KINDS, type Kind } from '../../../lib/entity-kinds.ts';
import type { LargeScene } from '../large/large-scene.ts';
import { sceneCampRegions } from '../large/scene-camp-regions.ts';
import { campRegions, type CampRegion } from '../utils/camp-regions.ts';
import { kindClass } from '../utils/to-elements.ts';
import type { Background, CaptionInfo, ImageOptions } from '../../../lib/image-export.ts';
import { escapeXml } from '../../../lib/xml.ts';
import { shapeElement } from './svg/node-shapes.ts';
import { graphSvgContent, type Box } from './svg/svg-export.ts';

/** A finished export page in output pixels: an SVG body and its size. */
export interface ExportDocument {
  width: number;
  height: number;
  /** Everything to draw, in output pixel coordinates, without the outer <svg>. */
  body: string;
  /** Fill behind everything, or null for transparent. */
  background: string | null;
  /**
   * Set when the graph itself is not in `body` (a large graph, drawn onto the raster instead):
   * where it goes on the page, and which part of the model it shows.
   */
  graph?: { x: number; y: number; width: number; height: number; box: Box; scale: number };
}

const backgrounds: Record<Background, string | null> = {
  white: '#ffffff',
  dark: '#1c2129',
  transparent: null,
};

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Space around the graph in the full-graph export, in model units. */
const GRAPH_MARGIN = 24;

const round = (value: number) => Math.round(value * 100) / 100;

let measure: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string, size: number, weight = 'normal'): number {
  if (measure === undefined) measure = document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * size * 0.55;
  measure.font = `${weight} ${size}px ${FONT}`;
  return measure.measureText(text).width;
}

function wrap(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function text(
  x: number,
  y: number,
  content: string,
  size: number,
  fill: string,
  weight = 'normal',
) {
  return `<text x="${round(x)}" y="${round(y)}" font-family="${escapeXml(FONT)}" font-size="${round(size)}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
}

/**
 * The camp regions, in model coordinates: measured on Cytoscape, or for a large graph taken
 * from its scene (measuring tens of thousands of elements would take seconds).
 */
function modelRegions(cy: Core, scene: LargeScene | null): CampRegion[] {
  return scene ? sceneCampRegions(scene, 1, { x: 0, y: 0 }) : campRegions(cy, 'model');
}

/** The region of the graph to export, in model coordinates. */
export function exportBox(
  cy: Core,
  area: ImageOptions['area'],
  scene: LargeScene | null = null,
): Box {
  if (area === 'viewport') {
    const extent = cy.extent();
    return { x1: extent.x1, y1: extent.y1, w: extent.w, h: extent.h };
  }
  const sceneBox = scene?.box();
  // A large graph's labels are drawn below the best-connected nodes only: a little room below.
  const box = sceneBox
    ? { x1: sceneBox.x1, y1: sceneBox.y1, x2: sceneBox.x2, y2: sceneBox.y2 + 24 }
    : cy.elements(':visible').boundingBox({ includeLabels: true });
  const regions = modelRegions(cy, scene);
  const x1 = Math.min(box.x1, ...regions.map((r) => r.x)) - GRAPH_MARGIN;
  const y1 = Math.min(box.y1, ...regions.map((r) => r.y - 20)) - GRAPH_MARGIN;
  const x2 = Math.max(box.x2, ...regions.map((r) => r.x + r.width)) + GRAPH_MARGIN;
  const y2 = Math.max(box.y2, ...regions.map((r) => r.y + r.height)) + GRAPH_MARGIN;
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** The tinted camp areas, as on screen, in model coordinates; fainter on a dark background. */
function campRegionsSvg(regions: CampRegion[], dark: boolean): string {
  return regions
    .map((region) => {
      const info = CAMP_INFO[region.camp];
      return [
        `<rect x="${round(region.x)}" y="${round(region.y)}" width="${round(region.width)}" height="${round(region.height)}" rx="10" fill="${info.tint}" fill-opacity="${dark ? 0.16 : 0.75}" stroke="${info.tint}" stroke-opacity="${dark ? 0.5 : 0}" stroke-dasharray="4 3"/>`,
        `<rect x="${round(region.x)}" y="${round(region.y)}" width="${round(region.width)}" height="${round(region.height)}" rx="10" fill="none" stroke="${info.ink}" stroke-opacity="${dark ? 0 : 0.6}" stroke-dasharray="4 3"/>`,
        text(
          region.x + 2,
          region.y - 7,
          info.name.toUpperCase(),
          11,
          dark ? info.tint : info.ink,
          '600',
        ),
      ].join('');
    })
    .join('');
}

function kindsShown(cy: Core, scene: LargeScene | null): [Kind, number][] {
  if (scene) {
    const counts = KINDS.map(() => 0);
    for (let i = 0; i < scene.nodeCount; i++) {
      const kind = scene.arrays.kind[i]!;
      if (scene.nodeShown[i] && kind < KINDS.length) counts[kind]! += 1;
    }
    return KINDS.map((kind, k) => [kind, counts[k]!] as [Kind, number]).filter(([, n]) => n > 0);
  }
  return KINDS.map(
    (kind) => [kind, cy.nodes(`.${kindClass([kind])}:visible`).length] as [Kind, number],
  ).filter(([, count]) => count > 0);
}

/** One row of kind swatches with counts; returns its SVG and height. */
function legendSvg(
  kinds: [Kind, number][],
  x: number,
  y: number,
  maxWidth: number,
  s: number,
  ink: string,
) {
  const size = 13 * s;
  const items = kinds.map(([kind, count]) => ({
    kind,
    label: `${KIND_STYLES[kind].name} (${count})`,
  }));
  let cx = x;
  let cy0 = y;
  const parts: string[] = [];
  for (const item of items) {
    const width = 18 * s + textWidth(item.label, size) + 22 * s;
    if (cx + width > x + maxWidth && cx > x) {
      cx = x;
      cy0 += 24 * s;
    }
    const style = KIND_STYLES[item.kind];
    parts.push(
      `${shapeElement(style.shape, cx + 7 * s, cy0 + 7 * s, 14 * s, 14 * s)} fill="${style.color}" stroke="${style.ink}" stroke-width="${s}"/>`,
      text(cx + 20 * s, cy0 + 11.5 * s, item.label, size, ink),
    );
    cx += width;
  }
  return { svg: parts.join(''), height: cy0 - y + 24 * s };
}

function captionSvg(
  caption: CaptionInfo,
  x: number,
  y: number,
  maxWidth: number,
  s: number,
  ink: string,
  muted: string,
) {
  const parts: string[] = [];
  let top = y;
  const line = (content: string, size: number, color: string, weight = 'normal', gap = 1.45) => {
    for (const wrapped of wrap(content, size, maxWidth)) {
      top += size * gap;
      parts.push(text(x, top, wrapped, size, color, weight));
    }
  };
  line(caption.title, 17 * s, ink, '600');
  const params = caption.params.map(([name, value]) => `${name} = ${value}`).join(' · ');
  line([params, `exported ${caption.date}`].filter(Boolean).join(' · '), 12 * s, muted);
  if (caption.sentences.length > 0) {
    top += 6 * s;
    line(`Sources: ${caption.credit}`, 12 * s, muted, '600');
    caption.sentences.forEach((sentence, index) =>
      line(`${index + 1}. ${sentence}`, 12 * s, ink, 'normal', 1.4),
    );
  }
  return { svg: parts.join(''), height: top - y + 8 * s };
}

/**
 * Lays out the export page: the graph (with its camp regions) on top, then optionally a legend
 * and a caption block, all in output pixels. Styles are read from the live canvas, with the
 * selection and hover highlights removed by the caller. With a large graph's `scene`, the graph
 * is left out of the SVG and placed in `graph` instead, to be drawn straight onto the raster.
 */
export function buildExportDocument(
  cy: Core,
  options: ImageOptions,
  scene: LargeScene | null = null,
): ExportDocument {
  const box = exportBox(cy, options.area, scene);
  const dark = options.background === 'dark';
  const ink = dark ? '#e8ebf0' : '#2a313c';
  const muted = dark ? '#aab2bf' : '#5b6472';
  // Blocks below the graph need room for a readable line even when the graph is narrow.
  const minBlockWidth = options.legend || options.caption ? 760 : 0;
  const scale = options.width ? options.width / Math.max(box.w, minBlockWidth) : options.scale;
  const graphWidth = box.w * scale;
  const graphHeight = box.h * scale;
  const width = Math.max(graphWidth, minBlockWidth * scale);
  const margin = 24 * scale;
  const graphX = (width - graphWidth) / 2;

  const parts = [
    `<svg x="${round(graphX)}" y="0" width="${round(graphWidth)}" height="${round(graphHeight)}" viewBox="${round(box.x1)} ${round(box.y1)} ${round(box.w)} ${round(box.h)}" overflow="hidden">`,
    campRegionsSvg(modelRegions(cy, scene), dark),
    scene ? '' : graphSvgContent(cy),
    '</svg>',
  ];
  let height = graphHeight;
  if (options.legend) {
    const kinds = kindsShown(cy, scene);
    const legend = legendSvg(kinds, margin, height + 8 * scale, width - 2 * margin, scale, ink);
    parts.push(legend.svg);
    height += legend.height + 8 * scale;
  }
  if (options.caption) {
    const caption = captionSvg(
      options.caption,
      margin,
      height,
      width - 2 * margin,
      scale,
      ink,
      muted,
    );
    parts.push(caption.svg);
    height += caption.height + margin;
  }
  return {
    width: Math.round(width),
    height: Math.round(height),
    body: parts.join('\n'),
    background: backgrounds[options.background],
    graph: scene
      ? { x: graphX, y: 0, width: graphWidth, height: graphHeight, box, scale: graphWidth / box.w }
      : undefined,
  };
}

/** The document as one standalone SVG, optionally cropped to a tile (for rasterising). */
export function documentSvg(
  doc: ExportDocument,
  tile: { x: number; y: number; width: number; height: number } = {
    x: 0,
    y: 0,
    width: doc.width,
    height: doc.height,
  },
): string {
  const fill = doc.background
    ? `<rect x="0" y="0" width="${doc.width}" height="${doc.height}" fill="${doc.background}"/>`
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${tile.width}" height="${tile.height}" viewBox="${tile.x} ${tile.y} ${tile.width} ${tile.height}">`,
    fill,
    doc.body,
    '</svg>',
    '',
  ].join('\n');
}
