import type { ExplorationAction } from './exploration-reducer.ts';
import type { ExplorationState } from './exploration-url.ts';
import type { GraphPayload } from '../api-types.ts';
import type { GraphModel } from '../graph-model.ts';

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
