import { CAMPS } from '../../../lib/camps.ts';
import type { CampRegion } from '../utils/camp-regions.ts';
import type { Point } from '../../../lib/point.ts';
import type { LargeScene } from './large-scene.ts';

/** Space between a camp's outermost nodes and its region's edge, in model pixels. */
const PADDING = 30;

/** Camps that get a region, as for small graphs: 'both' sits between, unboxed. */
const REGION_CAMPS = new Set(['llm', 'world-model', 'neutral']);

/**
 * The box around each camp's visible nodes, on screen for the given zoom and pan: what
 * campRegions measures for small graphs, computed from the scene in one pass.
 */
export function sceneCampRegions(scene: LargeScene, zoom: number, pan: Point): CampRegion[] {
  const boxes = CAMPS.map(() => ({ x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity }));
  for (let i = 0; i < scene.nodeCount; i++) {
    if (!scene.nodeShown[i]) continue;
    const box = boxes[scene.arrays.camp[i]!]!;
    const r = scene.sizes[i]! / 2 + PADDING;
    const x = scene.positions[2 * i]!;
    const y = scene.positions[2 * i + 1]!;
    if (x - r < box.x1) box.x1 = x - r;
    if (y - r < box.y1) box.y1 = y - r;
    if (x + r > box.x2) box.x2 = x + r;
    if (y + r > box.y2) box.y2 = y + r;
  }
  return CAMPS.flatMap((camp, c) => {
    const box = boxes[c]!;
    if (!REGION_CAMPS.has(camp) || box.x1 > box.x2) return [];
    return [
      {
        camp,
        x: box.x1 * zoom + pan.x,
        y: box.y1 * zoom + pan.y,
        width: (box.x2 - box.x1) * zoom,
        height: (box.y2 - box.y1) * zoom,
      },
    ];
  });
}
