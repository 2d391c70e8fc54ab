import type cytoscape from 'cytoscape';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Side of the grid cells placed labels are filed in, model px: a label touches a few. */
const CELL = 64;

/** The better connected entity's label wins a clash; ties go to the id first in order. */
function byPriority(a: cytoscape.NodeSingular, b: cytoscape.NodeSingular): number {
  return b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1);
}

function cellsOf(box: Box): number[] {
  const keys: number[] = [];
  for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++) {
    for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++) {
      keys.push(x * 100_003 + y);
    }
  }
  return keys;
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Marks `label-hidden` every visible entity whose label would cover a better connected
 * entity's label, so that the labels shown never overlap; the stylesheet shows a hidden label
 * again while its entity is hovered, selected or lit. Labels keep their size in model space, so
 * the verdict holds at every zoom and is taken again only when something moves or shows.
 */
export function declutterLabels(cy: cytoscape.Core): void {
  const nodes = cy.nodes(':visible').sort(byPriority);
  const placed = new Map<number, Box[]>();
  cy.batch(() => {
    nodes.forEach((node) => {
      const box = node.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      });
      if (box.w === 0 || box.h === 0) {
        node.removeClass('label-hidden');
        return;
      }
      const keys = cellsOf(box);
      const clash = keys.some((key) => placed.get(key)?.some((other) => overlap(box, other)));
      node.toggleClass('label-hidden', clash);
      if (clash) return;
      for (const key of keys) {
        const list = placed.get(key);
        if (list) list.push(box);
        else placed.set(key, [box]);
      }
    });
  });
}
