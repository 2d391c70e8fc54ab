import type cytoscape from 'cytoscape';
import { KIND_STYLES, KINDS, UNKNOWN_KIND_STYLE } from '../../../lib/entity-kinds.ts';
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

/** Text colour of labels, the app's body ink. */
const INK = '#2a313c';
/** Selection accent: dark, so it reads on every kind colour. */
const ACCENT = '#1f3a5f';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const kindRules: StyleRule[] = [
  ...KINDS.map((kind) => ({ kind: kindClass([kind]), style: KIND_STYLES[kind] })),
  { kind: 'kind-other', style: UNKNOWN_KIND_STYLE },
].map(({ kind, style }) => ({
  selector: `node.${kind}`,
  style: { 'background-color': style.color, 'border-color': style.ink, shape: style.shape },
}));

/** The graph's stylesheet: kinds by colour and shape, camps by the regions drawn behind. */
export const GRAPH_STYLE: StyleRule[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      // Hubs grow so the story's centres (world models, ShengShu) stand out; clamped both ends.
      width: 'mapData(degree, 1, 16, 28, 58)',
      height: 'mapData(degree, 1, 16, 28, 58)',
      'border-width': 1.5,
      'font-family': FONT,
      'font-size': 12,
      color: INK,
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      // A soft plate behind labels keeps them legible where edges cross them.
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.82,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      // Below this on-screen size a label is noise; the node is still there to hover or click.
      'min-zoomed-font-size': 6,
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  ...kindRules,
  {
    // 'both' nodes straddle the divide: a dashed outline marks them without a new colour.
    selector: 'node.camp-both',
    style: { 'border-width': 2.5, 'border-style': 'dashed' },
  },
  {
    selector: 'node.hover',
    style: { 'underlay-color': ACCENT, 'underlay-opacity': 0.12, 'underlay-padding': 6 },
  },
  {
    selector: 'node:selected',
    style: {
      'border-width': 3,
      'border-color': ACCENT,
      'underlay-color': ACCENT,
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
      'line-color': '#c5ccd6',
      'target-arrow-color': '#c5ccd6',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      // Bezier fans out parallel edges (e.g. FOLLOWS and SKEPTICAL_OF between the same pair).
      'curve-style': 'bezier',
      'font-family': FONT,
      'font-size': 9,
      color: '#4d5766',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 6,
      // A wider invisible hit area: a 1.4 px line is hard to click.
      'overlay-padding': 4,
      'transition-property': 'opacity, line-color, width',
      'transition-duration': 150,
    },
  },
  {
    selector: 'edge.highlighted, edge.hover',
    style: {
      label: 'data(label)',
      width: 2,
      'line-color': '#7d8898',
      'target-arrow-color': '#7d8898',
      'z-index': 10,
    },
  },
  {
    selector: 'edge:selected',
    style: {
      label: 'data(label)',
      width: 3.2,
      'line-color': ACCENT,
      'target-arrow-color': ACCENT,
      color: ACCENT,
      'font-weight': 'bold',
      'z-index': 20,
    },
  },
  // Everything outside the selection's neighbourhood steps back.
  { selector: 'node.faded', style: { opacity: 0.28 } },
  { selector: 'edge.faded', style: { opacity: 0.14 } },
];
