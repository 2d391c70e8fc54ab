import { EMPTY_EXPLORATION, type ExplorationState, type Position } from './exploration-url.ts';

/**
 * Everything a person does to the picture that is not fetching data: filters, hiding, selection,
 * pinning, layout and appearance. One reducer so undo/redo and the shareable URL cover all of it.
 */
export type ExplorationAction =
  | { type: 'toggle-kind'; kind: string }
  | { type: 'toggle-relationship-type'; relationshipType: string }
  | { type: 'set-camps'; camps: string[] }
  | { type: 'set-amount-range'; range: [number, number] | undefined }
  | { type: 'set-time'; time: string | undefined }
  /** Evidence filters: at least N sources, known on a date (undefined: no filter). */
  | { type: 'set-min-sources'; minSources: number | undefined }
  | { type: 'set-known-on'; knownOn: string | undefined }
  /** Hides entities; "hide others" is a `hide` of everything outside the selection. */
  | { type: 'hide'; ids: string[] }
  | { type: 'show-all' }
  | { type: 'select'; ids: string[] }
  | { type: 'pin'; positions: Record<string, Position> }
  | { type: 'unpin'; ids: string[] }
  | { type: 'set-positions'; positions: Record<string, Position> }
  | { type: 'expanded'; id: string }
  | { type: 'collapsed'; id: string }
  | { type: 'set-layout'; layout: string }
  | { type: 'set-size-by'; sizeBy: string | undefined }
  | { type: 'set-colour-by'; colorBy: string | undefined }
  | { type: 'set-theme'; theme: string | undefined }
  | { type: 'set-webgl'; webgl: boolean }
  /** The graph drawn, or what it draws as tables; not an undo step (see exploration-history). */
  | { type: 'set-display'; display: 'table' | undefined }
  | { type: 'reset'; state?: ExplorationState };

function toggle(list: string[], item: string): string[] {
  return list.includes(item) ? list.filter((value) => value !== item) : [...list, item];
}

function without(list: string[], remove: string[]): string[] {
  const gone = new Set(remove);
  return list.filter((value) => !gone.has(value));
}

function union(list: string[], add: string[]): string[] {
  return [...new Set([...list, ...add])];
}

/** The next exploration after `action`; the same object when nothing changes. */
export function explorationReducer(
  state: ExplorationState,
  action: ExplorationAction,
): ExplorationState {
  switch (action.type) {
    case 'toggle-kind':
      return { ...state, hiddenKinds: toggle(state.hiddenKinds, action.kind) };
    case 'toggle-relationship-type':
      return { ...state, hiddenTypes: toggle(state.hiddenTypes, action.relationshipType) };
    case 'set-camps':
      return { ...state, camps: [...action.camps] };
    case 'set-amount-range':
      return { ...state, amount: action.range };
    case 'set-time':
      return { ...state, time: action.time };
    case 'set-min-sources':
      return {
        ...state,
        minSources:
          action.minSources && action.minSources > 1 ? String(action.minSources) : undefined,
      };
    case 'set-known-on':
      return { ...state, knownOn: action.knownOn };
    case 'hide':
      return {
        ...state,
        hidden: union(state.hidden, action.ids),
        selection: without(state.selection, action.ids),
      };
    case 'show-all':
      return {
        ...state,
        hidden: [],
        hiddenKinds: [],
        hiddenTypes: [],
        camps: [],
        amount: undefined,
        minSources: undefined,
        knownOn: undefined,
      };
    case 'select':
      return { ...state, selection: [...action.ids] };
    case 'pin':
      return {
        ...state,
        pinned: union(state.pinned, Object.keys(action.positions)),
        positions: { ...state.positions, ...action.positions },
      };
    case 'unpin':
      return { ...state, pinned: without(state.pinned, action.ids) };
    case 'set-positions':
      return { ...state, positions: { ...action.positions } };
    case 'expanded':
      return state.expanded.includes(action.id)
        ? state
        : { ...state, expanded: [...state.expanded, action.id] };
    case 'collapsed':
      return { ...state, expanded: without(state.expanded, [action.id]) };
    case 'set-layout':
      // Pins survive: a pinned node is where the person wants it, whatever arranges the rest.
      return { ...state, layout: action.layout };
    case 'set-size-by':
      return { ...state, sizeBy: action.sizeBy };
    case 'set-colour-by':
      return { ...state, colorBy: action.colorBy };
    case 'set-theme':
      return { ...state, theme: action.theme };
    case 'set-webgl':
      return { ...state, webgl: action.webgl ? '1' : undefined };
    case 'set-display':
      return { ...state, display: action.display };
    case 'reset':
      return action.state ?? EMPTY_EXPLORATION;
  }
}
