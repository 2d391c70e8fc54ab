import { lazyComponent } from '../../../shared/lazy-component.tsx';
import './workbench.css';

// The Cypher editor (CodeMirror and a Cypher parser) outweighs the rest of the page; only
// people who open the workbench download it. Naming its three libraries gives each a chunk of
// its own, fetched in parallel, instead of one oversized one.
export const LazyWorkbench = lazyComponent(
  async () => {
    await Promise.all([
      import('@neo4j-cypher/editor-support'),
      import('@neo4j-cypher/codemirror'),
      import('@neo4j-cypher/react-codemirror'),
    ]);
    return (await import('./workbench.tsx')).Workbench;
  },
  () => (
    <section
      className="workbench workbench--loading"
      aria-label="Cypher workbench"
      aria-busy="true"
    >
      <p className="panel__status" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the Cypher editor…
      </p>
    </section>
  ),
);
