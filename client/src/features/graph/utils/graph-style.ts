import type cytoscape from 'cytoscape';
import { KIND_STYLES, KINDS, UNKNOWN_KIND_STYLE } from '../../../lib/entity-kinds.ts';
import { graphPalette, type Theme } from '../../../lib/theme.ts';
import { kindClass } from './to-elements.ts';

/** Node style keys Cytoscape supports but @types/cytoscape does not list yet. */
interface UnderlayStyle {
  'underlay-color'?: string;
  'underlay-opacity'?: number;
  'underlay-padding'?: number;
  'underlay-shape'?: 'ellipse' | 'round-rectangle';
}

interface StyleRule {
  selector: string;
  style: (cytoscape.Css.Node & UnderlayStyle) | cytoscape.Css.Edge;
}

/** An entity with this many relationships or more is a hub; its fan is drawn lighter. */
export const HUB_DEGREE = 12;
const HUB_EDGE_OPACITY = 0.45;

function touchesHub(edge: cytoscape.EdgeSingular): boolean {
  return edge.source().degree(false) >= HUB_DEGREE || edge.target().degree(false) >= HUB_DEGREE;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const kindRules: StyleRule[] = [
  ...KINDS.map((kind) => ({ kind: kindClass([kind]), style: KIND_STYLES[kind] })),
  { kind: 'kind-other', style: UNKNOWN_KIND_STYLE },
].map(({ kind, style }) => ({
  selector: `node.${kind}`,
  style: { 'background-color': style.color, 'border-color': style.ink, shape: style.shape },
}));

/** Node diameter by degree in a large graph, as the scene layer draws it (largeNodeSize). */
const LARGE_SIZE = 'mapData(degree, 1, 40, 14, 40)';

/**
 * The graph's stylesheet for a theme: kinds by colour and shape, camps by the regions drawn
 * behind, sizes and community colours from the data the canvas sets, filtered elements gone.
 * `large` sizes nodes as a large graph's scene layer does, smaller, so both draw them alike.
 */
export function graphStyle(theme: Theme, large = false): StyleRule[] {
  const { ink, accent, plate, line, lineStrong, edgeInk } = graphPalette(theme);
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Hubs grow so the story's centres (world models, ShengShu) stand out; clamped both ends.
        width: large ? LARGE_SIZE : 'mapData(degree, 1, 16, 28, 58)',
        height: large ? LARGE_SIZE : 'mapData(degree, 1, 16, 28, 58)',
        'border-width': 1.5,
        'font-family': FONT,
        'font-size': 12,
        color: ink,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        // A soft plate behind labels keeps them legible where edges cross them.
        'text-background-color': plate,
        'text-background-opacity': 0.82,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        // Below this on-screen size a label is noise; the node is still there to hover or click.
        'min-zoomed-font-size': 6,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    {
      // Size by importance, once the canvas has measured it; bigger nodes get bigger labels, so
      // zooming out drops the small ones' labels first (min-zoomed-font-size).
      selector: 'node[size]',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'font-size': 'mapData(size, 26, 62, 11, 15)',
      },
    },
    ...kindRules,
    {
      selector: 'node[tint]',
      style: { 'background-color': 'data(tint)', 'border-color': 'data(tintInk)' },
    },
    {
      // 'both' nodes straddle the divide: a dashed outline marks them without a new colour.
      selector: 'node.camp-both',
      style: { 'border-width': 2.5, 'border-style': 'dashed' },
    },
    {
      // A label that would cover a better connected entity's (label-declutter.ts) waits until
      // its entity is hovered, selected or lit. Transparent rather than removed, so its box
      // stays measurable.
      selector: 'node.label-hidden',
      style: { 'text-opacity': 0, 'text-background-opacity': 0 },
    },
    {
      selector:
        'node.label-hidden.hover, node.label-hidden:selected, node.label-hidden.highlighted',
      style: { 'text-opacity': 1, 'text-background-opacity': 0.82 },
    },
    {
      selector: 'node.hover',
      style: { 'underlay-color': accent, 'underlay-opacity': 0.12, 'underlay-padding': 6 },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 3,
        'border-color': accent,
        'underlay-color': accent,
        'underlay-opacity': 0.18,
        'underlay-padding': 8,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': line,
        'target-arrow-color': line,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        // Bezier fans out parallel edges (e.g. FOLLOWS and SKEPTICAL_OF between the same pair).
        'curve-style': 'bezier',
        'font-family': FONT,
        'font-size': 9,
        color: edgeInk,
        'text-rotation': 'autorotate',
        'text-background-color': plate,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 6,
        // A wider invisible hit area: a 1.4 px line is hard to click.
        'overlay-padding': 4,
        'transition-property': 'opacity, line-color, width',
        'transition-duration': 150,
        // A hub's fan of relationships is drawn lighter, so the entities around it stay
        // readable; hovering or selecting brings a relationship back to full strength.
        opacity: (edge: cytoscape.EdgeSingular) => (touchesHub(edge) ? HUB_EDGE_OPACITY : 1),
      },
    },
    {
      selector: 'edge.highlighted, edge.hover',
      style: {
        opacity: 1,
        label: 'data(label)',
        width: 2,
        'line-color': lineStrong,
        'target-arrow-color': lineStrong,
        'z-index': 10,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        opacity: 1,
        label: 'data(label)',
        width: 3.2,
        'line-color': accent,
        'target-arrow-color': accent,
        color: accent,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    {
      // Pinned by a drag: a double outline, quiet enough to leave on.
      selector: 'node.pinned',
      style: { 'border-width': 4, 'border-style': 'double' },
    },
    // Everything outside the selection's neighbourhood steps back.
    { selector: 'node.faded', style: { opacity: 0.28 } },
    { selector: 'edge.faded', style: { opacity: 0.14 } },
    // Filtered out: gone from drawing, layouts and hit-testing, but kept, so showing is instant.
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

/** The light stylesheet, the default look. */
export const GRAPH_STYLE: StyleRule[] = graphStyle('light');
