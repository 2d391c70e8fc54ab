import type { ForceJobInput } from './force-job.ts';

/** What the page asks the layout worker. */
export type ForceWorkerRequest =
  { type: 'start'; id: number; input: ForceJobInput } | { type: 'cancel'; id: number };

/** What the layout worker answers: progress (with positions now and then), then the result. */
export type ForceWorkerReply =
  | { type: 'progress'; id: number; done: number; positions?: Float64Array }
  | { type: 'done'; id: number; positions: Float64Array };
