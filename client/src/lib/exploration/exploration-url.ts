/**
 * The whole exploration as URL parameters, keyed by stable ids, so a copied link reopens the same
 * picture. View parameters keep their own plain names (`/?view=shortest-path&from=zhu-jun`); the
 * exploration's own keys all start with `x-` so they never clash with a view's parameters.
 */

export interface Position {
  x: number;
  y: number;
}

export interface ExplorationState {
  /** Layout id, e.g. `camps`, `fcose`. */
  layout?: string;
  /** Kinds (labels) hidden from the canvas. */
  hiddenKinds: string[];
  /** Relationship types hidden from the canvas. */
  hiddenTypes: string[];
  /** Camps shown; empty means all. */
  camps: string[];
  /** Funding amount range shown, inclusive; an open end is ±Infinity. */
  amount?: [number, number];
  /** Timeline position: facts dated after it are hidden. */
  time?: string;
  /** Facts backed by fewer distinct sources than this (a whole number as text) are hidden. */
  minSources?: string;
  /** ISO date: facts first known from a source dated after it are hidden ("what did we know"). */
  knownOn?: string;
  /** Selected entities and relationships. */
  selection: string[];
  /** Entities hidden by hand. */
  hidden: string[];
  /** Entities expanded, in order, so the same neighbourhoods come back. */
  expanded: string[];
  /** Entities the person dragged: they stay where they were put. */
  pinned: string[];
  /** Positions of the entities on the canvas. */
  positions: Record<string, Position>;
  sizeBy?: string;
  colorBy?: string;
  theme?: string;
  /** `1` to draw with Cytoscape's experimental WebGL renderer. */
  webgl?: string;
  /** `table` to show what is drawn as tables (entities, relationships) in place of the graph. */
  display?: string;
}

export const EMPTY_EXPLORATION: ExplorationState = {
  hiddenKinds: [],
  hiddenTypes: [],
  camps: [],
  selection: [],
  hidden: [],
  expanded: [],
  pinned: [],
  positions: {},
};

const key = (name: string) => `x-${name}`;
const lists = [
  'hiddenKinds',
  'hiddenTypes',
  'camps',
  'selection',
  'hidden',
  'expanded',
  'pinned',
] as const;
const words = [
  'layout',
  'time',
  'minSources',
  'knownOn',
  'sizeBy',
  'colorBy',
  'theme',
  'webgl',
  'display',
] as const;

/** `,` separates list items and `~` position fields, so both are escaped inside an id. */
function escapeId(id: string): string {
  return encodeURIComponent(id).replace(/~/g, '%7E');
}

function list(values: string[]): string {
  return values.map(escapeId).join(',');
}

function unlist(text: string | null): string[] {
  return text ? text.split(',').filter(Boolean).map(decodeURIComponent) : [];
}

/** An amount bound as text: an open end (±Infinity) is left empty. */
function bound(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

/** A bound read back: empty is the open end `open`; anything else not a number is NaN. */
function unbound(text: string, open: number): number {
  if (text === '') return open;
  const value = Number(text);
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Most positions an address carries. Past it (a large graph) only pinned entities keep theirs:
 * thousands of positions would make an address of hundreds of kilobytes, and a large graph is
 * laid out again quickly anyway.
 */
export const URL_POSITIONS_MAX = 600;

/** Writes the state into `params` (replacing earlier exploration keys, keeping the rest). */
export function writeExploration(
  params: URLSearchParams,
  state: ExplorationState,
): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const name of [...out.keys()]) if (name.startsWith('x-')) out.delete(name);
  for (const name of words) {
    const value = state[name];
    if (value) out.set(key(name), value);
  }
  for (const name of lists) if (state[name].length > 0) out.set(key(name), list(state[name]));
  if (state.amount) out.set(key('amount'), state.amount.map(bound).join('~'));
  let positions = Object.entries(state.positions);
  if (positions.length > URL_POSITIONS_MAX) {
    const pinned = new Set(state.pinned);
    positions = positions.filter(([id]) => pinned.has(id));
  }
  if (positions.length > 0) {
    out.set(
      key('pos'),
      positions.map(([id, p]) => `${escapeId(id)}~${Math.round(p.x)}~${Math.round(p.y)}`).join(','),
    );
  }
  return out;
}

/** Reads the state back; anything malformed is ignored rather than breaking the page. */
export function readExploration(params: URLSearchParams): ExplorationState {
  const state: ExplorationState = { ...EMPTY_EXPLORATION, positions: {} };
  for (const name of words) {
    const value = params.get(key(name));
    if (value) state[name] = value;
  }
  // Addresses shared before the key took its American spelling.
  state.colorBy ??= params.get(key('colourBy')) ?? undefined;
  for (const name of lists) state[name] = unlist(params.get(key(name)));
  const amount = params.get(key('amount'))?.split('~');
  if (amount?.length === 2) {
    const [min, max] = [unbound(amount[0]!, -Infinity), unbound(amount[1]!, Infinity)];
    if (!Number.isNaN(min) && !Number.isNaN(max)) state.amount = [min, max];
  }
  for (const item of (params.get(key('pos')) ?? '').split(',')) {
    const [id, x, y] = item.split('~');
    if (id && Number.isFinite(Number(x)) && Number.isFinite(Number(y)) && x !== '' && y !== '') {
      state.positions[decodeURIComponent(id)] = { x: Number(x), y: Number(y) };
    }
  }
  return state;
}
