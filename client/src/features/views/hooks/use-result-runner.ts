import { useCallback, useRef, useState } from 'react';
import { ApiError, isAbort } from '../../../lib/api-client.ts';
import type { QueryPayload } from '../../../lib/api-types.ts';
import { runQuery } from '../api/run-query.ts';
import { runView } from '../api/run-view.ts';
import type { ResultSource } from '../utils/result-source.ts';

/** A result on screen and what produced it. */
export interface ShownResult {
  source: ResultSource;
  payload: QueryPayload;
  /** Counts results, so views of one (a table's sort) can start over with the next. */
  seq: number;
}

/** The last run that failed, for the form or editor that started it to explain. */
export interface RunFailure {
  source: ResultSource;
  error: ApiError;
}

/** How a run ended; `error` is null when a newer run replaced it before it answered. */
export type RunAnswer = { ok: true; payload: QueryPayload } | { ok: false; error: ApiError | null };

export interface ResultRunner {
  /** What is being run, if anything. */
  running: ResultSource | null;
  /** The result on screen, if the canvas shows one. */
  result: ShownResult | null;
  failure: RunFailure | null;
  /** Runs a view or a query; a newer run cancels an older one still under way. */
  run: (source: ResultSource) => Promise<RunAnswer>;
  /** Records a failure found before asking the server (e.g. a link to a view that is gone). */
  fail: (source: ResultSource, error: ApiError) => void;
  /** Forgets the result, for going back to the whole ecosystem. */
  clear: () => void;
}

/**
 * Runs views and ad-hoc queries one at a time. `onResult` is called with each answer in the
 * same render as the result is recorded, so the canvas and the table never disagree.
 */
export function useResultRunner(onResult: (result: ShownResult) => void): ResultRunner {
  const [running, setRunning] = useState<ResultSource | null>(null);
  const [result, setResult] = useState<ShownResult | null>(null);
  const [failure, setFailure] = useState<RunFailure | null>(null);
  const current = useRef<AbortController | null>(null);
  const count = useRef(0);

  const run = useCallback(
    async (source: ResultSource): Promise<RunAnswer> => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      setRunning(source);
      setFailure(null);
      try {
        const payload =
          source.kind === 'view'
            ? await runView(source.view.id, source.params, controller.signal)
            : await runQuery(source.cypher, source.params, controller.signal);
        if (controller.signal.aborted) return { ok: false, error: null };
        count.current += 1;
        const shown = { source, payload, seq: count.current };
        setRunning(null);
        setResult(shown);
        onResult(shown);
        return { ok: true, payload };
      } catch (cause) {
        if (isAbort(cause) || controller.signal.aborted) return { ok: false, error: null };
        const error =
          cause instanceof ApiError ? cause : new ApiError('bad_response', 'The run failed.', 0);
        setRunning(null);
        setFailure({ source, error });
        return { ok: false, error };
      }
    },
    [onResult],
  );

  const fail = useCallback((source: ResultSource, error: ApiError) => {
    setFailure({ source, error });
  }, []);

  const clear = useCallback(() => {
    current.current?.abort();
    setRunning(null);
    setResult(null);
    setFailure(null);
  }, []);

  return { running, result, failure, run, fail, clear };
}
