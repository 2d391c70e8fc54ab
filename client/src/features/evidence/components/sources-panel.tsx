import './sources.css';
import type { ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import type { Spotlight } from '../utils/spotlight.ts';
import type { JumpRequest, ShownFacts } from '../utils/sentence-facts.ts';
import { SourceText } from './source-text.tsx';

interface SourcesPanelProps {
  sources: ReadonlyMap<string, ApiSource>;
  graph: GraphModel;
  /** What the filters leave on screen: sentences supporting none of it are dimmed. */
  shown: ShownFacts;
  /** The spotlight on the canvas, if a sentence here lit it. */
  activeKey: string | null;
  jump: JumpRequest | null;
  onSpotlight: (spotlight: Spotlight | null) => void;
  onOpen: (selection: Selection) => void;
}

/**
 * The evidence itself: every sentence of every source in reading order, each with the facts it
 * supports. Clicking a sentence lights its facts up on the graph.
 */
export function SourcesPanel(props: SourcesPanelProps) {
  const { sources, activeKey, onSpotlight } = props;
  return (
    <section className="sources-panel" aria-label="Sources">
      <p className="sources-panel__intro">
        Every sentence of the article, with the facts it supports. Click one to see them on the
        graph; dimmed ones support nothing on the canvas.
      </p>
      {sources.size === 0 && (
        <p className="views-panel__status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading sources…
        </p>
      )}
      {[...sources.values()].map((source) => (
        <SourceText
          key={source.id}
          source={source}
          graph={props.graph}
          shown={props.shown}
          activeKey={activeKey}
          jump={props.jump}
          onSpotlight={onSpotlight}
          onOpen={props.onOpen}
        />
      ))}
    </section>
  );
}
