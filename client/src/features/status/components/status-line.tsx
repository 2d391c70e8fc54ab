import { useQuery } from '@tanstack/react-query';
import { messageOf, serverState } from '../../../lib/server-state.ts';
import { getHealth } from '../api/get-health.ts';
import './status-line.css';

interface StatusLineProps {
  /** Whether the graph is loading, loaded or failed; counts show only once it is loaded. */
  graphStatus: 'loading' | 'ready' | 'error';
  nodeCount: number;
  edgeCount: number;
  /** Changes when the graph is reloaded, to check the database again. */
  refreshKey: number;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** "45 entities · 61 relationships · Neo4j 5.26.30 community", in the canvas corner. */
export function StatusLine({ graphStatus, nodeCount, edgeCount, refreshKey }: StatusLineProps) {
  const query = useQuery({
    queryKey: serverState.health(refreshKey),
    queryFn: ({ signal }) => getHealth(signal),
  });
  const health = query.data
    ? { ok: true as const, payload: query.data }
    : query.isError
      ? { ok: false as const, message: messageOf(query.error, 'unreachable') }
      : null;

  const database =
    health === null
      ? 'Neo4j …'
      : health.ok
        ? `Neo4j ${health.payload.neo4j.version} ${health.payload.neo4j.edition}`
        : 'Neo4j unavailable';
  const counts =
    graphStatus === 'loading'
      ? 'Loading the graph…'
      : graphStatus === 'error'
        ? 'No graph loaded'
        : `${plural(nodeCount, 'entity', 'entities')} · ${plural(edgeCount, 'relationship', 'relationships')}`;
  const dot = health === null ? '' : health.ok ? 'status-dot--up' : 'status-dot--down';
  return (
    <p
      className="status-line"
      data-testid="status-line"
      title={health?.ok === false ? health.message : undefined}
    >
      <span className={`status-dot ${dot}`} aria-hidden="true" />
      {counts} · {database}
    </p>
  );
}
