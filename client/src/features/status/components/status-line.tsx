import { useEffect, useState } from 'react';
import { ApiError, isAbort } from '../../../lib/api-client.ts';
import type { HealthPayload } from '../../../lib/api-types.ts';
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

type Health = { ok: true; payload: HealthPayload } | { ok: false; message: string } | null;

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** "45 entities · 61 relationships · Neo4j 5.26.30 community", in the canvas corner. */
export function StatusLine({ graphStatus, nodeCount, edgeCount, refreshKey }: StatusLineProps) {
  const [health, setHealth] = useState<Health>(null);

  useEffect(() => {
    const controller = new AbortController();
    getHealth(controller.signal)
      .then((payload) => setHealth({ ok: true, payload }))
      .catch((cause: unknown) => {
        if (isAbort(cause)) return;
        setHealth({
          ok: false,
          message: cause instanceof ApiError ? cause.message : 'unreachable',
        });
      });
    return () => controller.abort();
  }, [refreshKey]);

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
