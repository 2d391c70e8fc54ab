import type cytoscape from 'cytoscape';
import { CAMPS, campColors } from '../../../lib/camps.ts';
import { KIND_STYLES, UNKNOWN_KIND_STYLE } from '../../../lib/entity-kinds.ts';
import { graphPalette, type Theme } from '../../../lib/theme.ts';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const SHAPES = [
  ...new Set([...Object.values(KIND_STYLES), UNKNOWN_KIND_STYLE].map((style) => style.shape)),
];

/**
 * The overview's stylesheet: groups in their kind's colour and shape, sized by count (data), named
 * underneath; camp headers as plain text; links as translucent lines, thicker for more
 * relationships, that name their count when their group is pointed at.
 */
export function overviewStyle(theme: Theme): cytoscape.StylesheetJson {
  const { ink, plate, lineStrong, accent } = graphPalette(theme);
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 14,
        'font-weight': 600,
        color: ink,
        'text-valign': 'bottom',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': '250px',
        'text-background-color': plate,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
      },
    },
    {
      // Groups (headers carry no count): sized by count, in their kind's colours.
      selector: 'node[count]',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(fill)',
        'border-color': 'data(ink)',
        'border-width': 2,
      },
    },
    ...SHAPES.map((shape) => ({ selector: `node.shape-${shape}`, style: { shape } })),
    { selector: 'node.camp-both', style: { 'border-style': 'dashed', 'border-width': 2.5 } },
    ...CAMPS.map((camp) => ({
      selector: `node.header[camp = "${camp}"]`,
      style: { color: campColors(camp, theme).ink },
    })),
    {
      selector: 'node.header',
      style: {
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        'font-size': 15,
        'font-weight': 700,
        'text-transform': 'uppercase',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        events: 'no',
      },
    },
    {
      selector: 'node.hover',
      style: { 'underlay-color': accent, 'underlay-opacity': 0.14, 'underlay-padding': 8 },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': lineStrong,
        opacity: 0.2,
        'curve-style': 'bezier',
        'control-point-step-size': 24,
        'font-family': FONT,
        'font-size': 11,
        color: ink,
        'text-background-color': plate,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
    {
      selector: 'edge.hover',
      style: { opacity: 0.85, 'line-color': accent, label: 'data(label)', 'z-index': 10 },
    },
  ] as unknown as cytoscape.StylesheetJson;
}
