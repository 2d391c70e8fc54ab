import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { savedPositionsOf } from './saved-positions.ts';
import type { ExplorerGraph } from '../lib/explorer-content.ts';
import { getView } from '../features/views/api/get-view.ts';
import { LazyResultsPane } from '../features/views/components/lazy-results-pane.tsx';
import type { OpenView } from '../features/views/components/views-panel.tsx';
import { showAddress, useBackForward } from '../features/views/hooks/use-back-forward.ts';
import {
  useResultRunner,
  type ResultRunner,
  type RunAnswer,
  type ShownResult,
} from '../features/views/hooks/use-result-runner.ts';
import type { RunParams } from '../features/views/utils/param-values.ts';
import type { ResultSource } from '../features/views/utils/result-source.ts';
import { ecosystemHref, viewHref, type ViewLink } from '../features/views/utils/view-url.ts';
import { ApiError } from '../lib/api-client.ts';
import type { ViewSummaryPayload } from '../lib/api-types.ts';

export interface ResultNavigation {
  runner: ResultRunner;
  /** The view opened in the Views panel, with the values its form starts with. */
  openView: OpenView | null;
  /** Opens a view in the panel (its form starting with `given`), or closes it with null. */
  reveal: (viewId: string | null, given?: Record<string, string>) => void;
  /** Runs a view and puts its address in the address bar. */
  runView: (view: ViewSummaryPayload, params: RunParams) => Promise<RunAnswer>;
  /** Runs text from the workbench. */
  runQuery: (cypher: string, params: Record<string, unknown>) => Promise<RunAnswer>;
  /** Puts the whole ecosystem back on the canvas, and `/` in the address bar. */
  backToEcosystem: () => void;
}

/** A stand-in for a view the link names but the server does not know, to explain the failure. */
function unknownView(id: string): ViewSummaryPayload {
  return { id, title: id, description: '', category: '', builtin: false, params: [] };
}

/**
 * What the canvas shows and the address bar says, kept in step: running a view replaces the
 * canvas and pushes `/?view=…`; Back and Forward (and a link opened in a fresh page) run the view
 * the address names, or bring the ecosystem back.
 */
export function useResultNavigation(
  explorer: ExplorerGraph,
  limit: number | undefined,
  firstLink: ViewLink | null,
  onResult: () => void,
): ResultNavigation {
  const { replace, showEcosystem } = explorer;
  const showResult = useCallback(
    (shown: ShownResult) => {
      // A saved view's positions come with it: the canvas opens where it was saved.
      replace(shown.payload, savedPositionsOf(shown.source));
      onResult();
    },
    [replace, onResult],
  );
  const runner = useResultRunner(showResult);
  const { fail, clear, run: runNow } = runner;
  const run = useCallback(
    (source: ResultSource) => {
      LazyResultsPane.preload();
      return runNow(source);
    },
    [runNow],
  );
  const seq = useRef(1);
  const [openView, setOpenView] = useState<OpenView | null>(() =>
    firstLink ? { viewId: firstLink.viewId, given: firstLink.params, seq: 1 } : null,
  );

  const reveal = useCallback((viewId: string | null, given?: Record<string, string>) => {
    seq.current += 1;
    setOpenView(viewId === null ? null : { viewId, given, seq: seq.current });
  }, []);

  /** Runs the view an address names, with its values as given (the server reads text). */
  const runLink = useCallback(
    async (link: ViewLink): Promise<RunAnswer> => {
      let view: ViewSummaryPayload;
      try {
        view = await getView(link.viewId);
      } catch (cause) {
        const error =
          cause instanceof ApiError
            ? cause
            : new ApiError('bad_response', 'The view could not be read.', 0);
        fail({ kind: 'view', view: unknownView(link.viewId), params: link.params }, error);
        return { ok: false, error };
      }
      return run({ kind: 'view', view, params: link.params });
    },
    [run, fail],
  );

  const openFirstLink = useEffectEvent(async () => {
    if (!firstLink) return;
    const answer = await runLink(firstLink);
    // Nothing else will fill the canvas: leave it empty (and settled) under the explanation.
    if (!answer.ok && answer.error) replace({ nodes: [], edges: [] });
  });
  useEffect(() => {
    void openFirstLink();
  }, []);

  const runView = useCallback(
    async (view: ViewSummaryPayload, params: RunParams) => {
      const answer = await run({ kind: 'view', view, params });
      if (answer.ok) showAddress(viewHref(view.id, params));
      return answer;
    },
    [run],
  );

  const runQuery = useCallback(
    async (cypher: string, params: Record<string, unknown>) => {
      const answer = await run({ kind: 'query', cypher, params });
      // A query has no address of its own; a view's address would now be a lie.
      if (answer.ok) showAddress(ecosystemHref(limit));
      return answer;
    },
    [run, limit],
  );

  const leaveResult = useCallback(() => {
    clear();
    showEcosystem();
    onResult();
  }, [clear, showEcosystem, onResult]);

  const backToEcosystem = useCallback(() => {
    leaveResult();
    showAddress(ecosystemHref(limit));
  }, [leaveResult, limit]);

  useBackForward((link) => {
    if (link) {
      reveal(link.viewId, link.params);
      void runLink(link);
    } else if (explorer.showing === 'result') {
      leaveResult();
    }
  });

  return { runner, openView, reveal, runView, runQuery, backToEcosystem };
}
