import type { Cell } from '../../../lib/api-types.ts';
import { kindStyleOf } from '../../../lib/entity-kinds.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import { isNodeCell, isPathCell, isRelationshipCell } from '../utils/cells.ts';

interface CellProps {
  cell: Cell;
  /** The canvas's graph: names and kinds of path steps, and whether an element can be shown. */
  graph: GraphModel;
  onOpen: (selection: Selection) => void;
}

/** Big numbers get thousands separators; small whole numbers (years, counts) stay as they are. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 10_000) return String(value);
  return value.toLocaleString('en', { maximumFractionDigits: 4 });
}

function NodeChip({
  id,
  caption,
  labels,
  graph,
  onOpen,
}: {
  id: string;
  caption: string;
  labels: string[];
  graph: GraphModel;
  onOpen: (selection: Selection) => void;
}) {
  const style = kindStyleOf(labels);
  const onCanvas = graph.nodes.has(id);
  return (
    <button
      type="button"
      className="node-chip"
      style={{ borderColor: style.color }}
      title={
        onCanvas ? `Show ${caption} (${style.name}) on the graph` : `${caption} (${style.name})`
      }
      disabled={!onCanvas}
      onClick={() => onOpen({ type: 'node', id })}
    >
      <span className="dot" style={{ background: style.color }} aria-hidden="true" />
      {caption}
    </button>
  );
}

function isScalar(cell: Cell): boolean {
  return cell === null || typeof cell !== 'object';
}

/**
 * One table cell, readable: nodes as chips in their kind's colour that show them on the graph,
 * relationships as `A –TYPE→ B`, paths as `A → B → C`, lists joined, maps as `key: value`.
 */
export function ResultCell({ cell, graph, onOpen }: CellProps) {
  if (cell === null || cell === undefined) return <span className="cell-empty">null</span>;
  if (typeof cell === 'number') return <>{formatNumber(cell)}</>;
  if (typeof cell !== 'object') return <>{String(cell)}</>;
  const node = (id: string) => graph.nodes.get(id);
  const chip = (id: string) => (
    <NodeChip
      id={id}
      caption={node(id)?.caption ?? id}
      labels={node(id)?.labels ?? []}
      graph={graph}
      onOpen={onOpen}
    />
  );

  if (Array.isArray(cell)) {
    if (cell.length === 0) return <span className="cell-empty">none</span>;
    if (cell.every(isScalar)) {
      return (
        <>
          {cell
            .map((item) => (typeof item === 'number' ? formatNumber(item) : String(item)))
            .join(', ')}
        </>
      );
    }
    return (
      <span className="cell-list">
        {cell.map((item, index) => (
          <span key={index} className="cell-list__item">
            <ResultCell cell={item} graph={graph} onOpen={onOpen} />
          </span>
        ))}
      </span>
    );
  }
  if (isNodeCell(cell)) {
    return (
      <NodeChip
        id={cell.id}
        caption={cell.caption}
        labels={cell.labels}
        graph={graph}
        onOpen={onOpen}
      />
    );
  }
  if (isRelationshipCell(cell)) {
    return (
      <span className="cell-relationship">
        {chip(cell.source)}
        <button
          type="button"
          className="relationship-chip"
          title={graph.edges.has(cell.id) ? 'Show this relationship on the graph' : cell.type}
          disabled={!graph.edges.has(cell.id)}
          onClick={() => onOpen({ type: 'edge', id: cell.id })}
        >
          –{cell.type}→
        </button>
        {chip(cell.target)}
      </span>
    );
  }
  if (isPathCell(cell)) {
    return (
      <span className="cell-path" title={`${cell.length} ${cell.length === 1 ? 'hop' : 'hops'}`}>
        {cell.nodes.map((id, index) => (
          <span key={index} className="cell-path__step">
            {index > 0 && (
              <span className="cell-path__arrow" aria-label="then">
                →
              </span>
            )}
            {chip(id)}
          </span>
        ))}
      </span>
    );
  }
  return (
    <dl className="cell-map">
      {Object.entries(cell).map(([key, value]) => (
        <div key={key} className="cell-map__entry">
          <dt>{key}</dt>
          <dd>
            <ResultCell cell={value} graph={graph} onOpen={onOpen} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
