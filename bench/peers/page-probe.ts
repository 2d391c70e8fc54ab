/**
 * What every peer page (sigma.js, Cytoscape WebGL) shares: loading the graph, the seeded start
 * positions, node sizes as ours draws them, the WebGL check and the marks the bench waits for.
 * Runs in the browser, bundled into each page by peer-server.ts.
 */
import { seededRandom } from '../../common/seeded-random.ts';
import type { GraphPayload } from '../../server/contract.ts';
import {
  LARGE_NODE_SPACING,
  largeNodeSize,
} from '../../client/src/features/graph/large/large-graph.ts';

/** Marks set by peer pages, named as the bench reads them. */
export const PEER_MARKS = {
  firstFrame: 'peer:first-frame',
  settled: 'peer:layout-settled',
} as const;

/** The same seed for every peer, so all start from the same square. */
export const START_SEED = 20_260;

/** What a page tells the bench through `window.__peer`. */
export interface PeerReport {
  nodes?: number;
  edges?: number;
  /** Layout iterations run before the budget stopped it (sigma's FA2). */
  iterations?: number;
  /** Each context the page asked a canvas for, and whether it got one: `webgl2:ok`. */
  contexts: string[];
  /** The WebGL renderer string (UNMASKED_RENDERER_WEBGL), e.g. SwiftShader's. */
  glRenderer?: string;
  error?: string;
}

type PeerWindow = Window & { __peer?: PeerReport };

/** The report, created on first use. */
export function report(): PeerReport {
  const page = window as PeerWindow;
  page.__peer ??= { contexts: [] };
  return page.__peer;
}

/**
 * Notes every canvas context the page's library asks for, so the bench can tell that WebGL was
 * really obtained (a library may fall back to 2D quietly, or throw on a missing context).
 */
export function watchContexts(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    options?: unknown,
  ) {
    const context = original.call(this, type, options as never);
    const seen = report();
    seen.contexts.push(`${type}:${context ? 'ok' : 'failed'}`);
    if (context && type.startsWith('webgl')) {
      const gl = context as WebGL2RenderingContext;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      seen.glRenderer ??= String(
        gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? 'unknown',
      );
      noticeFirstDraw(gl);
    }
    return context;
  } as typeof original;
}

const drawMethods = [
  'drawArrays',
  'drawElements',
  'drawArraysInstanced',
  'drawElementsInstanced',
] as const;
const drawListeners: (() => void)[] = [];
let drawn = false;

/**
 * Shadows `gl`'s draw calls with one-shot wrappers that announce the page's first WebGL draw and
 * then delete themselves, so later draws run the context's own methods at no cost.
 */
function noticeFirstDraw(gl: WebGL2RenderingContext): void {
  for (const method of drawMethods) {
    const own = gl[method] as (...args: unknown[]) => void;
    Object.defineProperty(gl, method, {
      configurable: true,
      value(this: WebGL2RenderingContext, ...args: unknown[]) {
        for (const name of drawMethods) delete (gl as unknown as Record<string, unknown>)[name];
        own.apply(this, args);
        if (!drawn) {
          drawn = true;
          for (const listener of drawListeners.splice(0)) listener();
        }
      },
    });
  }
}

/**
 * Calls `listener` once the page has drawn with WebGL: for renderers that announce no frames of
 * their own (Cytoscape's WebGL mode emits no `render` event).
 */
export function afterFirstWebglDraw(listener: () => void): void {
  if (drawn) listener();
  else drawListeners.push(listener);
}

/** GET /api/graph?limit=N with the page's own `limit`, as our page asks for it. */
export async function loadGraph(): Promise<GraphPayload> {
  const limit = new URLSearchParams(location.search).get('limit');
  const response = await fetch(`/api/graph?limit=${limit}`);
  if (!response.ok) throw new Error(`GET /api/graph answered ${response.status}`);
  const graph = (await response.json()) as GraphPayload;
  report().nodes = graph.nodes.length;
  report().edges = graph.edges.length;
  return graph;
}

/** A number from the page address, e.g. `?iterations=140`. */
export function numberParam(name: string): number {
  const value = Number(new URLSearchParams(location.search).get(name));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`?${name}= is missing`);
  return value;
}

/**
 * Start positions: uniformly random in a square as dense as our layouts aim for (one node per
 * LARGE_NODE_SPACING²), from START_SEED; index i gets x = [2i], y = [2i + 1].
 */
export function squarePositions(count: number): Float64Array {
  const random = seededRandom(START_SEED);
  const side = LARGE_NODE_SPACING * Math.sqrt(count);
  const positions = new Float64Array(2 * count);
  for (let i = 0; i < positions.length; i++) positions[i] = (random() - 0.5) * side;
  return positions;
}

/** Degree of each node among the drawn edges, in `graph.nodes` order. */
export function degrees(graph: GraphPayload): { index: Map<string, number>; degree: Uint32Array } {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const degree = new Uint32Array(graph.nodes.length);
  for (const edge of graph.edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    degree[s]! += 1;
    degree[t]! += 1;
  }
  return { index, degree };
}

/** Diameter ours draws a node of `degree` at, in model pixels (14 to 40). */
export const diameterOf = largeNodeSize;

/** Sets `name` in the frame after this one: the drawing just made has reached the screen. */
export function markAfterFrame(name: string): void {
  requestAnimationFrame(() => performance.mark(name));
}

/** Reports a failure to the bench instead of leaving it to wait for a mark. */
export function failWith(error: unknown): void {
  report().error = error instanceof Error ? error.message : String(error);
}
