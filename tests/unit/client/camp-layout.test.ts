import { afterEach, describe, expect, it, vi } from 'vitest';
import { computePositions } from '../../../client/src/features/graph/utils/compute-positions.ts';
import { GRAPH_STYLE } from '../../../client/src/features/graph/utils/graph-style.ts';
import { layoutOptions } from '../../../client/src/features/graph/utils/layouts.ts';
import { toElements } from '../../../client/src/features/graph/utils/to-elements.ts';
import cytoscape from '../../../client/src/lib/cytoscape.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { seedGraph } from './fixtures.ts';

function seededCy() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: GRAPH_STYLE,
    elements: toElements(graphFromPayload(seedGraph())),
  });
}

function campPositions(positions: Map<string, { x: number; y: number }>, cy: cytoscape.Core) {
  const of = (camp: string) =>
    cy
      .nodes()
      .filter((node) => node.data('camp') === camp)
      .map((node) => positions.get(node.id())!);
  return {
    llm: of('llm'),
    both: of('both'),
    worldModel: of('world-model'),
    neutral: of('neutral'),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the camp layout on the seeded ecosystem', () => {
  const cy = seededCy();
  const positions = computePositions(cy.elements(), layoutOptions('camps', cy.nodes()), {});
  const camps = campPositions(positions, cy);

  it('when laid out, then every node has a position', () => {
    expect(positions.size).toBe(45);
    for (const point of positions.values()) expect(Number.isFinite(point.x + point.y)).toBe(true);
  });

  it('when laid out, then all LLM nodes end up left of all world-model nodes', () => {
    const rightmostLlm = Math.max(...camps.llm.map((p) => p.x));
    const leftmostWorldModel = Math.min(...camps.worldModel.map((p) => p.x));
    expect(rightmostLlm).toBeLessThan(leftmostWorldModel);
  });

  it('when laid out, then the nodes in both camps sit between the two camps', () => {
    const meanX = (points: { x: number }[]) =>
      points.reduce((sum, p) => sum + p.x, 0) / points.length;
    expect(meanX(camps.both)).toBeGreaterThan(meanX(camps.llm));
    expect(meanX(camps.both)).toBeLessThan(meanX(camps.worldModel));
  });

  it('when laid out, then neutral nodes form a band below the camps', () => {
    const lowestCampNode = Math.max(
      ...[...camps.llm, ...camps.both, ...camps.worldModel].map((p) => p.y),
    );
    expect(Math.min(...camps.neutral.map((p) => p.y))).toBeGreaterThan(lowestCampNode);
  });

  it('when laid out twice, then the result is the same', () => {
    const again = computePositions(cy.elements(), layoutOptions('camps', cy.nodes()), {});
    expect(again).toEqual(positions);
  });

  it('when laid out, then Math.random is neither called nor replaced', () => {
    const original = Math.random;
    const random = vi.spyOn(Math, 'random');
    computePositions(cy.elements(), layoutOptions('camps', cy.nodes()), {});
    computePositions(cy.elements(), layoutOptions('fcose', cy.nodes()), {});
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
    expect(Math.random).toBe(original);
  });

  it('when computed, then the nodes on the canvas have not moved yet', () => {
    const moved = cy.nodes().filter((node) => node.position('x') !== 0 || node.position('y') !== 0);
    expect(moved.length).toBe(0);
  });
});
