import type { ApiNode } from '../../../lib/api-types.ts';
import { CAMP_INFO, campOf } from '../../../lib/camps.ts';
import { kindStyleOf } from '../../../lib/entity-kinds.ts';

interface SearchResultProps {
  id: string;
  node: ApiNode;
  query: string;
  active: boolean;
  onPick: () => void;
  onHover: () => void;
}

/** The name with the part that matched the query in bold. */
function MatchedName({ name, query }: { name: string; query: string }) {
  const at = name.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0 || query === '') return <>{name}</>;
  return (
    <>
      {name.slice(0, at)}
      <strong>{name.slice(at, at + query.length)}</strong>
      {name.slice(at + query.length)}
    </>
  );
}

/** One option of the search dropdown: kind colour, name, kind and camp. */
export function SearchResult({ id, node, query, active, onPick, onHover }: SearchResultProps) {
  const style = kindStyleOf(node.labels);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'search-result search-result--active' : 'search-result'}
      data-testid="search-result"
      onClick={onPick}
      onMouseMove={onHover}
    >
      <span className="dot" style={{ background: style.color }} aria-hidden="true" />
      <span className="search-result__name">
        <MatchedName name={node.caption} query={query} />
      </span>
      <span className="search-result__kind">
        {style.name} · {CAMP_INFO[campOf(node.properties.camp)].name}
      </span>
    </li>
  );
}
