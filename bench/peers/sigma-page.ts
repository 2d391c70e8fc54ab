/**
 * The sigma.js peer: the API's graph in graphology, drawn by sigma (WebGL), laid out by
 * ForceAtlas2 in its Web Worker for a fixed number of iterations (`?iterations=`, ours' tick
 * count for the size). Bundled by peer-server.ts; reports through page-probe.ts.
 */
import { MultiGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import {
  degrees,
  diameterOf,
  failWith,
  loadGraph,
  markAfterFrame,
  numberParam,
  PEER_MARKS,
  report,
  squarePositions,
  watchContexts,
} from './page-probe.ts';

/**
 * Labels show once a node's radius on screen reaches this many pixels. Ours draws labels through
 * Cytoscape at font size 12 with min-zoomed-font-size 6, i.e. from zoom 0.5 on; at zoom 0.5 our
 * smallest node (14 px across, radius 7) has a 3.5 px radius on screen.
 */
const LABEL_RADIUS_PX = 3.5;

async function main(): Promise<void> {
  watchContexts();
  const iterations = numberParam('iterations');
  const data = await loadGraph();
  const start = squarePositions(data.nodes.length);
  const { index, degree } = degrees(data);
  const graph = new MultiGraph();
  data.nodes.forEach((node, i) => {
    graph.addNode(node.id, {
      x: start[2 * i],
      y: start[2 * i + 1],
      // Sigma's size is a radius; with sizes in positions' units it scales with zoom as ours do.
      size: diameterOf(degree[i]!) / 2,
      label: node.caption,
      color: '#5b7db1',
    });
  });
  for (const edge of data.edges) {
    if (!index.has(edge.source) || !index.has(edge.target)) continue;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, { size: 1, color: '#c3c9d4' });
  }
  const container = document.getElementById('graph')!;
  const renderer = new Sigma(graph, container, {
    defaultEdgeType: 'line',
    // Sizes in graph units, zoomed like positions: the same geometry as a Cytoscape canvas.
    itemSizesReference: 'positions',
    zoomToSizeRatioFunction: (ratio) => ratio,
    // Edges never thinner than 1 px on screen, as a 1 px line in ours.
    minEdgeThickness: 1,
    labelRenderedSizeThreshold: LABEL_RADIUS_PX,
  });
  renderer.once('afterRender', () => markAfterFrame(PEER_MARKS.firstFrame));

  const layout = new FA2LayoutSupervisor(graph, {
    settings: forceAtlas2.inferSettings(graph),
  });
  let done = 0;
  // One worker answer is one FA2 iteration, applied with one updateEachNodeAttributes.
  graph.on('eachNodeAttributesUpdated', () => {
    done += 1;
    report().iterations = done;
    if (done !== iterations) return;
    layout.stop();
    renderer.once('afterRender', () => markAfterFrame(PEER_MARKS.settled));
    renderer.scheduleRefresh();
  });
  // The bench stops a layout that has not finished within its cap, before the interaction.
  (window as Window & { __peerStopLayout?: () => void }).__peerStopLayout = () => layout.kill();
  layout.start();
}

main().catch(failWith);
