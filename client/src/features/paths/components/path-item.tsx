import type { PathSummary, PathsPayload } from '../../../lib/api-types.ts';
import type { Selection } from '../../../lib/selection.ts';
import { pathCaption, pathHops } from '../utils/path-hops.ts';
import { PathHop } from './path-hop.tsx';

interface PathItemProps {
  path: PathSummary;
  index: number;
  payload: PathsPayload;
  /** Lit up on the canvas: its steps and their sentences show. */
  active: boolean;
  onShow: (index: number) => void;
  onOpen: (selection: Selection) => void;
}

/** One path of the answer: how long it is and whom it passes; when lit up, each step. */
export function PathItem({ path, index, payload, active, onShow, onOpen }: PathItemProps) {
  const hops = active ? pathHops(path, payload) : [];
  return (
    <li
      className={active ? 'path-item path-item--active' : 'path-item'}
      data-testid="path-item"
      data-active={active}
    >
      <button
        type="button"
        className="list-button path-item__head"
        aria-pressed={active}
        aria-expanded={active}
        onClick={() => onShow(index)}
      >
        <span className="path-item__kind">
          {index === 0 ? 'Shortest' : `Alternative ${index}`}
          <span className="path-item__hops">
            {path.hops} {path.hops === 1 ? 'hop' : 'hops'}
          </span>
        </span>
        <span className="path-item__route">{pathCaption(path, payload)}</span>
      </button>
      {active && (
        <ol className="path-hops" aria-label="Steps, with the article's sentence for each">
          {hops.map((hop) => (
            <PathHop key={hop.edge.id} hop={hop} onOpen={onOpen} />
          ))}
        </ol>
      )}
    </li>
  );
}
