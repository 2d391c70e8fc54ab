/**
 * The control: plain Cytoscape with its WebGL renderer, every node at its seeded start position
 * (preset), no layout; circles, straight 1 px edges, labels as ours shows them. Bundled by
 * peer-server.ts; reports through page-probe.ts.
 */
import cytoscape from 'cytoscape';
import {
  afterFirstWebglDraw,
  degrees,
  diameterOf,
  failWith,
  loadGraph,
  markAfterFrame,
  PEER_MARKS,
  squarePositions,
  watchContexts,
} from './page-probe.ts';

async function main(): Promise<void> {
  watchContexts();
  const data = await loadGraph();
  const start = squarePositions(data.nodes.length);
  const { index, degree } = degrees(data);
  const elements: cytoscape.ElementDefinition[] = data.nodes.map((node, i) => ({
    group: 'nodes',
    data: { id: node.id, label: node.caption, size: diameterOf(degree[i]!) },
    position: { x: start[2 * i]!, y: start[2 * i + 1]! },
  }));
  for (const edge of data.edges) {
    if (!index.has(edge.source) || !index.has(edge.target)) continue;
    elements.push({
      group: 'edges',
      data: { id: edge.id, source: edge.source, target: edge.target },
    });
  }
  cytoscape({
    container: document.getElementById('graph'),
    elements,
    layout: { name: 'preset' },
    minZoom: 0.01,
    maxZoom: 4,
    // One canvas pixel per CSS pixel, as ours draws large graphs.
    pixelRatio: 1,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          width: 'data(size)',
          height: 'data(size)',
          shape: 'ellipse',
          'background-color': '#5b7db1',
          'font-size': 12,
          // Ours' rule: labels from zoom 0.5 on (12 px × 0.5 = 6 px on screen).
          'min-zoomed-font-size': 6,
        },
      },
      {
        selector: 'edge',
        style: { width: 1, 'line-color': '#c3c9d4', 'curve-style': 'straight' },
      },
    ],
    renderer: { name: 'canvas', webgl: true },
  } as cytoscape.CytoscapeOptions);
  // The draw happens inside a frame; the mark goes in the next one, as on the other pages.
  afterFirstWebglDraw(() => markAfterFrame(PEER_MARKS.firstFrame));
}

main().catch(failWith);
