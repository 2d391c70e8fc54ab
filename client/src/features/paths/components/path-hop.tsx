import type { ApiNode } from '../../../lib/api-types.ts';
import type { Selection } from '../../../lib/selection.ts';
import { EntityLink } from '../../../shared/entity-link.tsx';
import { highlightTerms } from '../../../lib/highlight-terms.ts';
import { edgePhrases } from '../../../lib/key-phrases.ts';
import type { PathHop as Hop } from '../utils/path-hops.ts';

interface PathHopProps {
  hop: Hop;
  onOpen: (selection: Selection) => void;
}

function End({
  node,
  id,
  onOpen,
}: {
  node: ApiNode | undefined;
  id: string;
  onOpen: PathHopProps['onOpen'];
}) {
  return node ? (
    <EntityLink node={node} onOpen={(nodeId) => onOpen({ type: 'node', id: nodeId })} />
  ) : (
    <span>{id}</span>
  );
}

/**
 * One step of a path, "Zhu Jun —FOUNDED→ ShengShu" (arrows keep the relationship's own
 * direction), with the article's sentence for it underneath.
 */
export function PathHop({ hop, onOpen }: PathHopProps) {
  const { edge, from, to, forward, quote } = hop;
  const phrases = edgePhrases(edge, [from, to], quote ? [quote] : []);
  return (
    <li className="path-hop" data-testid="path-hop">
      <div className="path-hop__step">
        <End node={from} id={forward ? edge.source : edge.target} onOpen={onOpen} />
        <span className="path-hop__onward">
          <button
            type="button"
            className="relationship-chip path-hop__type"
            title="Show this relationship"
            onClick={() => onOpen({ type: 'edge', id: edge.id })}
          >
            {forward ? `—${edge.type}→` : `←${edge.type}—`}
          </button>
          <End node={to} id={forward ? edge.target : edge.source} onOpen={onOpen} />
        </span>
      </div>
      {quote ? (
        <blockquote className="path-hop__quote">
          {highlightTerms(quote, phrases.terms, phrases.stems).map((segment, part) =>
            segment.match ? <mark key={part}>{segment.text}</mark> : segment.text,
          )}
        </blockquote>
      ) : (
        <p className="muted path-hop__quote">No sentence from the article backs this step.</p>
      )}
    </li>
  );
}
