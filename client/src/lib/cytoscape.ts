import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

// Registering twice makes Cytoscape warn; a module runs once, but HMR may re-run it.
const registered = globalThis as { __explorerCytoscapeExtensions?: boolean };
if (!registered.__explorerCytoscapeExtensions) {
  cytoscape.use(fcose);
  registered.__explorerCytoscapeExtensions = true;
}

/** Cytoscape with every extension the explorer uses registered; import it from here only. */
export default cytoscape;
