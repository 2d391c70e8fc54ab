import {
  KIND_STYLES,
  KINDS,
  UNKNOWN_KIND_STYLE,
  type KindShape,
} from '../../../lib/entity-kinds.ts';
import type { Palette } from '../../../lib/theme.ts';
import type { Point } from '../../../lib/point.ts';
import type { LargeScene } from './large-scene.ts';

/** The path operations the scene drawing traces shapes and lines with (Path2D has them). */
export interface ScenePath {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  closePath(): void;
}

/**
 * The part of a 2D canvas context the scene drawing draws with: a canvas's own context, or a recorder
 * that writes the same drawing as SVG (see SvgRecorder), each with its own kind of path.
 */
export interface SceneContext<P extends ScenePath> {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, width: number, height: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  fill(path: P): void;
  stroke(path: P): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

/** Everything one drawing of a large graph depends on. */
export interface SceneFrame {
  scene: LargeScene;
  /** Cytoscape's zoom and pan: model point p is drawn at p * zoom + pan (CSS pixels). */
  zoom: number;
  pan: Point;
  /** Size of the drawing in CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel of the target. */
  pixelRatio: number;
  palette: Palette;
  /** Nodes and edges Cytoscape draws itself (1): skipped here. */
  skipNodes?: Uint8Array | null;
  skipEdges?: Uint8Array | null;
  /** When something is selected: 1 for what stays bright; the rest steps back. */
  focus?: Uint8Array | null;
  /** Fill and outline per node index replacing the kind colours (community colouring). */
  tints?: (readonly [string, string] | undefined)[] | null;
  /** Diameters per node index replacing the scene's (sizing by a measure). */
  sizes?: Float32Array | null;
  /** Names of the best-connected nodes in view, where they do not collide. */
  labels: boolean;
  /** Draws every node's full shape and outline, however small (exports). */
  detailed?: boolean;
  /** Fill behind everything; transparent when absent. */
  background?: string | null;
  /** Draw over what the target holds instead of clearing it first (exports). */
  keep?: boolean;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Nodes drawn smaller than this many pixels across become plain squares: shapes cost more. */
const SHAPE_MIN_PX = 5;
/** Outlines start at this size in pixels; below it they would only darken the fill. */
const OUTLINE_MIN_PX = 7;
/** Nodes never shrink below this many pixels across, so the smallest still read as dots. */
const NODE_MIN_PX = 1.6;
/**
 * Edges drawn at once, at most. Past it, an even sample of those in view is drawn (those of the
 * selection always): at that density lines only read as haze, and every line costs raster time.
 */
const EDGE_BUDGET = 7000;
/** Lines per path (see drawScene). */
const EDGES_PER_PATH = 500;
/** Labels drawn at once, at most: the best-connected in view first. */
const LABEL_BUDGET = 60;
const LABEL_FONT_PX = 11;

type Polygon = readonly (readonly [number, number])[];

function regular(sides: number, rotation: number): Polygon {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / sides;
    return [Math.cos(angle), Math.sin(angle)] as const;
  });
}

/** Outlines in a unit box ([-1, 1]²), close to Cytoscape's rounded shapes at small sizes. */
const POLYGONS: Partial<Record<KindShape, Polygon>> = {
  'round-hexagon': regular(6, 0),
  'round-diamond': [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  'round-tag': [
    [-1, -1],
    [1 / 3, -1],
    [1, 0],
    [1 / 3, 1],
    [-1, 1],
  ],
  'round-triangle': [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
};

interface KindLook {
  fill: string;
  ink: string;
  shape: KindShape;
}

const LOOKS: KindLook[] = [
  ...KINDS.map((kind) => ({
    fill: KIND_STYLES[kind].color,
    ink: KIND_STYLES[kind].ink,
    shape: KIND_STYLES[kind].shape,
  })),
  { fill: UNKNOWN_KIND_STYLE.color, ink: UNKNOWN_KIND_STYLE.ink, shape: UNKNOWN_KIND_STYLE.shape },
];

function tracePath(ctx: ScenePath, shape: KindShape, x: number, y: number, r: number): void {
  if (shape === 'ellipse') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  const polygon = POLYGONS[shape];
  if (!polygon) {
    // Round rectangles: a square reads the same at these sizes.
    ctx.rect(x - r, y - r, 2 * r, 2 * r);
    return;
  }
  polygon.forEach(([px, py], k) => {
    if (k === 0) ctx.moveTo(x + px * r, y + py * r);
    else ctx.lineTo(x + px * r, y + py * r);
  });
  ctx.closePath();
}

/** Edge ink for the zoom: fainter the further out, where thousands of lines pile up. */
function edgeAlpha(zoom: number, edgesInView: number): number {
  const density = Math.min(1, Math.sqrt(1500 / Math.max(1, edgesInView)));
  return Math.max(0.06, Math.min(0.55, 0.55 * density * Math.min(1, 0.35 + zoom)));
}

/**
 * Draws a large graph the fast way: every edge in one path, nodes grouped by colour with one fill
 * per group, shapes only where they are big enough to tell apart, and the names of the
 * best-connected nodes where they fit. What Cytoscape draws itself (`skipNodes`, `skipEdges`) is
 * left out, so nothing is drawn twice.
 */
export function drawScene(ctx: CanvasRenderingContext2D, frame: SceneFrame): void {
  drawSceneWith(ctx, frame, () => new Path2D());
}

/** drawScene onto any SceneContext, with `newPath` making its kind of path. */
export function drawSceneWith<P extends ScenePath>(
  ctx: SceneContext<P>,
  frame: SceneFrame,
  newPath: () => P,
): void {
  const steps = drawSceneSteps(ctx, frame, newPath);
  while (!steps.next().done);
}

/**
 * drawSceneWith in steps: the edges, each group of nodes, the labels. Between steps the caller may
 * hand the page back (the scene layer does, so a 50k-node drawing is not one long task); taken all
 * at once, the steps make the same drawing.
 */
export function* drawSceneSteps<P extends ScenePath>(
  ctx: SceneContext<P>,
  frame: SceneFrame,
  newPath: () => P,
): Generator<void, void, undefined> {
  const { scene, zoom, pan, width, height, pixelRatio, palette } = frame;
  const { arrays, positions, nodeShown, edgeShown } = scene;
  const sizes = frame.sizes ?? scene.sizes;
  const focus = frame.focus ?? null;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  if (!frame.keep) ctx.clearRect(0, 0, width, height);
  if (frame.background) {
    ctx.fillStyle = frame.background;
    ctx.fillRect(0, 0, width, height);
  }
  // Screen position of a model point: p * zoom + pan.
  // (Edges and nodes are culled against the view plus a margin.)
  const sx = (i: number) => positions[2 * i]! * zoom + pan.x;
  const sy = (i: number) => positions[2 * i + 1]! * zoom + pan.y;
  const margin = 40;
  const inView = (x: number, y: number) =>
    x > -margin && y > -margin && x < width + margin && y < height + margin;

  // Edges: one path for the bright ones, one for those stepping back.
  const n = scene.nodeCount;
  const m = scene.edgeCount;
  const crosses = new Uint8Array(m);
  let edgesInView = 0;
  for (let e = 0; e < m; e++) {
    if (!edgeShown[e] || frame.skipEdges?.[e]) continue;
    const s = arrays.edges[2 * e]!;
    const t = arrays.edges[2 * e + 1]!;
    const x1 = sx(s);
    const y1 = sy(s);
    const x2 = sx(t);
    const y2 = sy(t);
    // Both ends off the same side: the line cannot cross the view.
    if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0)) continue;
    if ((x1 > width && x2 > width) || (y1 > height && y2 > height)) continue;
    crosses[e] = 1;
    edgesInView++;
  }
  const stride = frame.detailed ? 1 : Math.max(1, Math.ceil(edgesInView / EDGE_BUDGET));
  // Lines go in paths of a few hundred: one path of thousands of long, crossing lines makes the
  // rasteriser work out their union, which takes seconds on a large picture.
  const bright: P[] = [newPath()];
  const dim: P[] = [newPath()];
  let brightCount = 0;
  let dimCount = 0;
  let seen = 0;
  let drawnEdges = 0;
  for (let e = 0; e < m; e++) {
    if (!crosses[e]) continue;
    const s = arrays.edges[2 * e]!;
    const t = arrays.edges[2 * e + 1]!;
    const lit = focus !== null && focus[s] === 1 && focus[t] === 1;
    if (seen++ % stride !== 0 && !lit) continue;
    drawnEdges++;
    let path: P;
    if (focus && !lit) {
      if (++dimCount % EDGES_PER_PATH === 0) dim.push(newPath());
      path = dim[dim.length - 1]!;
    } else {
      if (++brightCount % EDGES_PER_PATH === 0) bright.push(newPath());
      path = bright[bright.length - 1]!;
    }
    path.moveTo(sx(s), sy(s));
    path.lineTo(sx(t), sy(t));
  }
  // One pixel wide: the rasteriser draws hairlines far faster than any wider stroke.
  ctx.lineWidth = 1;
  ctx.strokeStyle = palette.lineStrong;
  const alpha = edgeAlpha(zoom, drawnEdges);
  ctx.globalAlpha = focus ? alpha * 0.3 : alpha;
  for (const path of dim) ctx.stroke(path);
  ctx.globalAlpha = focus ? Math.min(0.9, alpha * 2.5) : alpha;
  for (const path of bright) ctx.stroke(path);
  ctx.globalAlpha = 1;
  yield;

  // Nodes: grouped by look, dimmed ones first so the bright ones sit on top.
  const groups = new Map<string, { look: KindLook; dim: number[]; bright: number[] }>();
  for (let i = 0; i < n; i++) {
    if (!nodeShown[i] || frame.skipNodes?.[i]) continue;
    const x = sx(i);
    const y = sy(i);
    if (!inView(x, y)) continue;
    const kind = LOOKS[arrays.kind[i]!] ?? LOOKS[LOOKS.length - 1]!;
    const tint = frame.tints?.[i];
    const look = tint ? { fill: tint[0], ink: tint[1], shape: kind.shape } : kind;
    const key = `${look.fill}|${look.shape}`;
    let group = groups.get(key);
    if (!group) {
      group = { look, dim: [], bright: [] };
      groups.set(key, group);
    }
    (focus && !focus[i] ? group.dim : group.bright).push(i);
  }
  for (const pass of ['dim', 'bright'] as const) {
    ctx.globalAlpha = pass === 'dim' ? 0.25 : 1;
    for (const { look, [pass]: members } of groups.values()) {
      if (members.length === 0) continue;
      const fill = newPath();
      const outline = newPath();
      let outlined = false;
      for (const i of members) {
        const diameter = Math.max(NODE_MIN_PX, sizes[i]! * zoom);
        const r = diameter / 2;
        const x = sx(i);
        const y = sy(i);
        if (diameter < SHAPE_MIN_PX && !frame.detailed) {
          fill.rect(x - r, y - r, diameter, diameter);
          continue;
        }
        tracePath(fill, look.shape, x, y, r);
        if (diameter >= OUTLINE_MIN_PX || frame.detailed) {
          tracePath(outline, look.shape, x, y, r);
          outlined = true;
        }
      }
      ctx.fillStyle = look.fill;
      ctx.fill(fill);
      if (outlined) {
        ctx.lineWidth = 1.2;
        ctx.strokeStyle = look.ink;
        ctx.stroke(outline);
      }
      yield;
    }
  }
  ctx.globalAlpha = 1;
  if (frame.labels) drawLabels<P>(ctx, frame, sx, sy, inView, sizes);
}

/** Side of the cells labels are checked for collisions in, in pixels. */
const LABEL_CELL = 48;

/**
 * Names under the best-connected nodes in view, greedily, never on top of each other: on screen
 * a few dozen at a fixed size, in an export every one that fits, at the size the canvas uses.
 */
function drawLabels<P extends ScenePath>(
  ctx: SceneContext<P>,
  frame: SceneFrame,
  sx: (i: number) => number,
  sy: (i: number) => number,
  inView: (x: number, y: number) => boolean,
  sizes: Float32Array,
): void {
  const { scene, palette, zoom, focus } = frame;
  const budget = frame.detailed ? Infinity : LABEL_BUDGET;
  const fontPx = frame.detailed ? 12 * zoom : LABEL_FONT_PX;
  ctx.font = `${fontPx}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  // Labels already placed, by the cells their boxes touch.
  const cells = new Map<number, [number, number, number, number][]>();
  const cellKeys = (box: [number, number, number, number]) => {
    const keys: number[] = [];
    for (let cx = Math.floor(box[0] / LABEL_CELL); cx <= Math.floor(box[2] / LABEL_CELL); cx++) {
      for (let cy = Math.floor(box[1] / LABEL_CELL); cy <= Math.floor(box[3] / LABEL_CELL); cy++) {
        keys.push(cx * 100003 + cy);
      }
    }
    return keys;
  };
  const pad = Math.max(1, fontPx / 5);
  let drawn = 0;
  // Best connected first, in the order the scene sorted once: sorting the nodes in view on
  // every draw cost a 50k-node layout a fifth of a second over its progress redraws.
  for (const i of scene.byDegree()) {
    if (drawn >= budget) break;
    if (!scene.nodeShown[i] || frame.skipNodes?.[i]) continue;
    if (focus && !focus[i]) continue;
    if (!inView(sx(i), sy(i))) continue;
    const text = truncate(scene.arrays.captions[i]!, 28);
    const w = ctx.measureText(text).width + 2 * pad;
    const h = fontPx + 2 * pad;
    const x = sx(i);
    const y = sy(i) + Math.max(NODE_MIN_PX, sizes[i]! * zoom) / 2 + pad;
    const box: [number, number, number, number] = [x - w / 2, y, x + w / 2, y + h];
    const keys = cellKeys(box);
    const hit = keys.some((key) =>
      cells.get(key)?.some((t) => t[0] < box[2] && box[0] < t[2] && t[1] < box[3] && box[1] < t[3]),
    );
    if (hit) continue;
    for (const key of keys) {
      const list = cells.get(key);
      if (list) list.push(box);
      else cells.set(key, [box]);
    }
    drawn++;
    ctx.globalAlpha = 0.85;
    ctx.fillStyle = palette.plate;
    ctx.fillRect(box[0], box[1], w, h);
    ctx.globalAlpha = 1;
    ctx.fillStyle = palette.ink;
    ctx.fillText(text, x, y + pad);
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
