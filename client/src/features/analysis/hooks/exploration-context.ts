import { createContext, useContext } from 'react';
import type { ExplorationAction } from '../state/exploration-reducer.ts';
import type { ExplorationState } from '../utils/exploration-url.ts';
import type { GraphPayload } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';

/** The exploration as panels see it: its state, its actions, and undo/redo over both. */
export interface Exploration {
  state: ExplorationState;
  /** Applies an action; most make an undo step (selection and positions do not). */
  dispatch: (action: ExplorationAction) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** What is on the canvas now, expansions included (hidden entities too). */
  graph: GraphModel;
  /**
   * Brings a node's neighbourhood onto the canvas as one undo step; `fetch` asks for something
   * other than all its neighbours (a type, a direction), the node's neighbourhood by default.
   */
  expand: (nodeId: string, fetch?: () => Promise<GraphPayload>) => Promise<void>;
  /** Takes away what expanding `nodeId` brought in, as one undo step. */
  collapse: (nodeId: string) => void;
}

export const ExplorationContext = createContext<Exploration | null>(null);

/** The exploration of the page; only inside the app, which provides it. */
export function useExploration(): Exploration {
  const exploration = useContext(ExplorationContext);
  if (!exploration) throw new Error('useExploration() needs the app’s ExplorationContext.');
  return exploration;
}
