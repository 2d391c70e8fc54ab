import type { ApiNode } from '../lib/api-types.ts';
import { kindStyleOf } from '../lib/entity-kinds.ts';

interface EntityLinkProps {
  node: ApiNode;
  onOpen: (nodeId: string) => void;
}

/** An entity's name with its kind colour, opening its details when clicked. */
export function EntityLink({ node, onOpen }: EntityLinkProps) {
  const style = kindStyleOf(node.labels);
  return (
    <button
      type="button"
      className="entity-link"
      onClick={() => onOpen(node.id)}
      title={`Show ${node.caption} (${style.name})`}
    >
      <span className="dot" style={{ background: style.color }} aria-hidden="true" />
      {node.caption}
    </button>
  );
}
