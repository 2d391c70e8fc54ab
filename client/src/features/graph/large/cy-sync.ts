import type cytoscape from 'cytoscape';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { toEdgeElement, toNodeElement } from '../utils/to-elements.ts';
import { ADD_CHUNK, POSITION_CHUNK } from './large-graph.ts';

/** Time spent adding elements per frame, in ms; Cytoscape's own work for them comes on top. */
const FRAME_BUDGET_MS = 25;
import type { LargeScene } from './large-scene.ts';

/** How far Cytoscape has caught up with the scene. */
export interface SyncProgress {
  /** Elements in Cytoscape, out of `total`. */
  added: number;
  total: number;
  /** True once every element is in Cytoscape (positions may still be catching up). */
  complete: boolean;
}

/**
 * Brings Cytoscape in line with a large scene a slice at a time, so no single task grows with
 * the graph: elements are added in chunks (nodes, then edges), positions a layout produced are
 * written in chunks, each chunk in one batch. `onIdle` hears when nothing is left to do.
 */
export class CySync {
  private scene: LargeScene | null = null;
  private model: GraphModel | null = null;
  private nodeQueue: number[] = [];
  private edgeQueue: number[] = [];
  private nodeHead = 0;
  private edgeHead = 0;
  private positionCursor = -1;
  private timer = 0;
  private destroyed = false;

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly onProgress: (progress: SyncProgress) => void,
    private readonly onIdle: () => void,
  ) {}

  /** True while elements or positions are still on their way into Cytoscape. */
  get busy(): boolean {
    return this.waiting() > 0 || this.positionCursor >= 0;
  }

  /** Makes Cytoscape hold exactly the scene's elements: removes at once, adds in chunks. */
  setScene(scene: LargeScene, model: GraphModel): void {
    this.scene = scene;
    this.model = model;
    const { arrays } = scene;
    const gone = this.cy.elements().filter((ele) => {
      const id = ele.id();
      return ele.isNode() ? !arrays.index.has(id) : !model.edges.has(id);
    });
    if (gone.nonempty()) this.cy.remove(gone);
    this.nodeQueue = [];
    this.edgeQueue = [];
    this.nodeHead = 0;
    this.edgeHead = 0;
    const fresh = this.cy.nodes().empty();
    for (let i = 0; i < scene.nodeCount; i++) {
      if (fresh || this.cy.getElementById(arrays.ids[i]!).empty()) this.nodeQueue.push(i);
    }
    for (let e = 0; e < scene.edgeCount; e++) {
      if (fresh || this.cy.getElementById(arrays.edgeIds[e]!).empty()) this.edgeQueue.push(e);
    }
    this.updateDegrees();
    this.schedule();
  }

  /** Positions changed in the scene: write them all to Cytoscape, chunk by chunk. */
  positionsChanged(): void {
    this.positionCursor = 0;
    this.schedule();
  }

  private waiting(): number {
    return this.nodeQueue.length - this.nodeHead + this.edgeQueue.length - this.edgeHead;
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
  }

  /**
   * Runs the next step in a task of its own, not in an animation frame: frames already carry
   * the drawing, and a step sharing their task would make it long.
   */
  private schedule(): void {
    if (this.timer || this.destroyed) return;
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      this.step();
    }, 0);
  }

  /** Existing nodes whose number of relationships changed get their new degree (their size). */
  private updateDegrees(): void {
    const scene = this.scene!;
    this.cy.batch(() => {
      scene.arrays.ids.forEach((id, i) => {
        const node = this.cy.getElementById(id);
        if (node.empty()) return;
        const degree = scene.arrays.degree[i]!;
        if (node.data('degree') !== degree) node.data('degree', degree);
      });
    });
  }

  /** Adds the next ADD_CHUNK waiting elements (nodes first: edges need their ends). */
  private addChunk(scene: LargeScene, model: GraphModel): void {
    const { arrays, positions } = scene;
    const definitions: cytoscape.ElementDefinition[] = [];
    while (definitions.length < ADD_CHUNK && this.nodeHead < this.nodeQueue.length) {
      const i = this.nodeQueue[this.nodeHead++]!;
      const node = model.nodes.get(arrays.ids[i]!);
      if (!node) continue;
      const definition = toNodeElement(node, arrays.degree[i]!);
      definitions.push({
        ...definition,
        classes: filtered(definition.classes, !scene.nodeShown[i]),
        position: { x: positions[2 * i]!, y: positions[2 * i + 1]! },
      });
    }
    while (
      definitions.length < ADD_CHUNK &&
      this.nodeHead === this.nodeQueue.length &&
      this.edgeHead < this.edgeQueue.length
    ) {
      const e = this.edgeQueue[this.edgeHead++]!;
      const edge = model.edges.get(arrays.edgeIds[e]!);
      if (!edge) continue;
      const definition = toEdgeElement(edge);
      definitions.push({
        ...definition,
        classes: filtered(definition.classes, !scene.edgeShown[e]),
      });
    }
    this.cy.batch(() => {
      this.cy.add(definitions);
    });
  }

  private step(): void {
    const scene = this.scene;
    const model = this.model;
    if (!scene || !model || this.destroyed) return;
    const { arrays, positions } = scene;
    if (this.waiting() > 0) {
      // Chunks until the frame's budget is spent: as many as this machine affords, no more.
      const started = performance.now();
      do this.addChunk(scene, model);
      while (this.waiting() > 0 && performance.now() - started < FRAME_BUDGET_MS);
      const waiting = this.waiting();
      const total = scene.nodeCount + scene.edgeCount;
      this.onProgress({ added: total - waiting, total, complete: waiting === 0 });
      this.schedule();
      return;
    }
    if (this.positionCursor >= 0) {
      const started = performance.now();
      do {
        const end = Math.min(scene.nodeCount, this.positionCursor + POSITION_CHUNK);
        this.cy.batch(() => {
          for (let i = this.positionCursor; i < end; i++) {
            const node = this.cy.getElementById(arrays.ids[i]!);
            const x = positions[2 * i]!;
            const y = positions[2 * i + 1]!;
            const at = node.position();
            if (at.x !== x || at.y !== y) node.position({ x, y });
          }
        });
        this.positionCursor = end >= scene.nodeCount ? -1 : end;
      } while (this.positionCursor >= 0 && performance.now() - started < FRAME_BUDGET_MS);
      this.schedule();
      return;
    }
    this.onIdle();
  }
}

/** Element classes with `filtered` added when the filters hide the element. */
function filtered(classes: cytoscape.ElementDefinition['classes'], hidden: boolean): string[] {
  const list = typeof classes === 'string' ? classes.split(' ') : [...(classes ?? [])];
  return hidden ? [...list, 'filtered'] : list;
}
