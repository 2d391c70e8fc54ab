import type cytoscape from 'cytoscape';
import type { Camp, OverviewGroup, OverviewPayload } from '../../../lib/api-types.ts';
import { CAMP_INFO, CAMPS, campOf } from '../../../lib/camps.ts';
import { KIND_STYLES, KINDS, UNKNOWN_KIND_STYLE, type Kind } from '../../../lib/entity-kinds.ts';

/** How a camp reads inside a group's name: "Company · world model". */
const CAMP_WORDS: Record<Camp, string> = {
  llm: 'LLM',
  both: 'both camps',
  'world-model': 'world model',
  neutral: 'neutral',
};

/** Smallest and largest group diameters, in model pixels. */
const GROUP_SIZE = { min: 26, max: 84 } as const;
/** Room between columns and rows beyond the largest group, in model pixels: labels sit below. */
const GAP = { column: 170, row: 52 } as const;

/** What a group node carries; the overview stylesheet reads these keys. */
export interface GroupData {
  id: string;
  label: string;
  kind: string;
  camp: Camp;
  count: number;
  /** Diameter in model pixels, by count. */
  size: number;
  fill: string;
  ink: string;
}

/** What a link between groups carries. */
export interface LinkData {
  id: string;
  source: string;
  target: string;
  count: number;
  /** Line width in model pixels, by count. */
  width: number;
  label: string;
}

function kindStyle(kind: string) {
  return (KINDS as readonly string[]).includes(kind)
    ? KIND_STYLES[kind as Kind]
    : UNKNOWN_KIND_STYLE;
}

/** "Company · world model". */
export function groupName(group: Pick<OverviewGroup, 'kind' | 'camp'>): string {
  return `${kindStyle(group.kind).name} · ${CAMP_WORDS[campOf(group.camp)]}`;
}

/** "Company · world model — 31,204". */
export function groupLabel(group: OverviewGroup): string {
  return `${groupName(group)} — ${group.count.toLocaleString('en')}`;
}

/** Diameter of a group's node: its area grows with its count, between the bounds. */
export function groupSize(count: number, largest: number): number {
  if (largest <= 0) return GROUP_SIZE.min;
  const share = Math.sqrt(Math.max(0, count) / largest);
  return GROUP_SIZE.min + share * (GROUP_SIZE.max - GROUP_SIZE.min);
}

/** Width of a link's line: grows with the log of its count, so a few big links do not drown. */
export function linkWidth(count: number, largest: number): number {
  if (largest <= 1) return 1.5;
  return 1 + (5 * Math.log(Math.max(1, count))) / Math.log(largest);
}

/**
 * The overview as Cytoscape elements with positions: one node per kind-and-camp group in a grid
 * whose columns are the camps (LLM, both, world models, neutral, as the legend reads them) and
 * whose rows are the kinds; a header above each column; links between groups, thicker for more
 * relationships. Links within one group are left out (the group's count already says it).
 */
export function overviewElements(payload: OverviewPayload): cytoscape.ElementDefinition[] {
  const groups = payload.groups.filter((group) => group.count > 0);
  const largest = Math.max(0, ...groups.map((group) => group.count));
  const biggest = groupSize(largest, largest);
  const columnWidth = biggest + GAP.column;
  const rowHeight = biggest + GAP.row;
  const camps = CAMPS.filter((camp) => groups.some((group) => campOf(group.camp) === camp));
  const kinds = [
    ...KINDS.filter((kind) => groups.some((group) => group.kind === kind)),
    ...[...new Set(groups.map((group) => group.kind))].filter(
      (kind) => !(KINDS as readonly string[]).includes(kind),
    ),
  ];
  const elements: cytoscape.ElementDefinition[] = camps.map((camp, column) => ({
    group: 'nodes',
    data: { id: `header:${camp}`, label: CAMP_INFO[camp].name, camp },
    classes: 'header',
    position: { x: column * columnWidth, y: -rowHeight * 0.75 },
    selectable: false,
    grabbable: false,
  }));
  for (const group of groups) {
    const camp = campOf(group.camp);
    const style = kindStyle(group.kind);
    const data: GroupData = {
      id: group.id,
      label: groupLabel(group),
      kind: group.kind,
      camp,
      count: group.count,
      size: groupSize(group.count, largest),
      fill: style.color,
      ink: style.ink,
    };
    elements.push({
      group: 'nodes',
      data,
      classes: [`shape-${style.shape}`, `camp-${camp}`],
      position: { x: camps.indexOf(camp) * columnWidth, y: kinds.indexOf(group.kind) * rowHeight },
    });
  }
  const known = new Set(groups.map((group) => group.id));
  const links = payload.links.filter(
    (link) => link.source !== link.target && known.has(link.source) && known.has(link.target),
  );
  const busiest = Math.max(1, ...links.map((link) => link.count));
  for (const link of links) {
    const data: LinkData = {
      id: `link:${link.source}->${link.target}`,
      source: link.source,
      target: link.target,
      count: link.count,
      width: linkWidth(link.count, busiest),
      label: `${link.count.toLocaleString('en')} ${link.count === 1 ? 'relationship' : 'relationships'}`,
    };
    elements.push({ group: 'edges', data });
  }
  return elements;
}

/** Entities per kind and per camp across the groups, for the legend. */
export function overviewTotals(payload: OverviewPayload): {
  kinds: Map<string, number>;
  camps: Map<string, number>;
} {
  const kinds = new Map<string, number>();
  const camps = new Map<string, number>();
  for (const group of payload.groups) {
    const kind = (KINDS as readonly string[]).includes(group.kind) ? group.kind : 'Other';
    kinds.set(kind, (kinds.get(kind) ?? 0) + group.count);
    const camp = campOf(group.camp);
    camps.set(camp, (camps.get(camp) ?? 0) + group.count);
  }
  return { kinds, camps };
}
