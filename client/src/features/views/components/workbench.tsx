import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useCanEdit } from '../../../lib/session-context.ts';
import type { ViewPayload } from '../../../lib/api-types.ts';
import { useQueryHistory } from '../hooks/use-query-history.ts';
import type { RunAnswer } from '../hooks/use-result-runner.ts';
import { useSchema } from '../../../shared/use-schema.ts';
import { declarationsFor, paramsInCypher } from '../utils/cypher-params.ts';
import type { EditorLoad } from '../utils/editor-load.ts';
import { parseParamsJson } from '../utils/params-json.ts';
import { describeQueryError, type QueryProblem } from '../utils/query-error.ts';
import type { HistoryEntry } from '../utils/query-history.ts';
import { CypherField } from './cypher-field.tsx';
import { HistoryList } from './history-list.tsx';
import { SaveViewDialog, type SaveViewStart } from './save-view-dialog.tsx';
import './workbench.css';

export interface WorkbenchProps {
  /** What to start with; the workbench is keyed on `load.seq` to start over with a new one. */
  load: EditorLoad;
  /** Whether a query from here is running. */
  running: boolean;
  /** Categories in use, offered when saving. */
  categories: string[];
  onRun: (cypher: string, params: Record<string, unknown>) => Promise<RunAnswer>;
  onSaved: (view: ViewPayload) => void;
  /** Where the nodes on the canvas are now, saved with the view. */
  positions?: () => Record<string, { x: number; y: number }>;
  onClose: () => void;
}

/** Where a save goes: a new view, or back to the user view being edited. */
type SaveTarget = { kind: 'new' } | { kind: 'update'; view: ViewPayload };

/** The text the save dialog starts with for a new view. */
function startFor(from: ViewPayload | null, cypher: string, values: Record<string, unknown>) {
  const start: SaveViewStart = {
    title: from ? (from.builtin ? `${from.title} (copy)` : from.title) : '',
    description: from?.description ?? '',
    category: from && !from.builtin ? from.category : 'My views',
    params: declarationsFor(cypher, values, from?.params),
  };
  return start;
}

/**
 * The Cypher workbench: an editor with completion, a Parameters field, Run (Ctrl+Enter), the
 * run history, and saving the query as a view (or back into the user view it came from).
 */
export function Workbench(props: WorkbenchProps) {
  const { load, running, categories, onRun, onSaved, onClose } = props;
  const canEdit = useCanEdit();
  const [cypher, setCypher] = useState(load.cypher);
  const [paramsText, setParamsText] = useState(load.paramsText);
  const [problem, setProblem] = useState<QueryProblem | null>(null);
  const [paramsError, setParamsError] = useState<string | null>(null);
  // When the history was opened, or null while it is closed.
  const [historyOpenedAt, setHistoryOpenedAt] = useState<number | null>(null);
  const [saving, setSaving] = useState<SaveTarget | null>(null);
  // The user view this text is saved back to; built-in views are only ever copied.
  const [editing, setEditing] = useState(load.from && !load.from.builtin ? load.from : null);
  const [basis, setBasis] = useState(load.from);
  const schema = useSchema();
  const history = useQueryHistory();
  const paramsId = useId();
  const problemId = useId();

  const used = useMemo(() => paramsInCypher(cypher), [cypher]);
  const parameterNames = useMemo(() => {
    const parsed = parseParamsJson(paramsText);
    const given = parsed.ok ? Object.keys(parsed.params) : [];
    return [...new Set([...used, ...given])];
  }, [used, paramsText]);
  const namesKey = parameterNames.join('\u0000');
  // A new schema object per keystroke would make the editor rebuild its completion each time.
  const editorSchema = useMemo(
    () => ({ ...schema, parameters: namesKey === '' ? [] : namesKey.split('\u0000') }),
    [schema, namesKey],
  );

  const run = async () => {
    if (running) return;
    if (cypher.trim() === '') {
      setProblem({ heading: 'Nothing to run', text: 'Write a Cypher query first.' });
      return;
    }
    const parsed = parseParamsJson(paramsText, used);
    if (!parsed.ok) {
      setParamsError(parsed.message);
      return;
    }
    setParamsError(null);
    setProblem(null);
    const sent = cypher;
    const answer = await onRun(sent, parsed.params);
    if (!answer.ok && answer.error === null) return;
    const entry: HistoryEntry = {
      cypher: sent,
      params: paramsText,
      ranAt: Date.now(),
      outcome: answer.ok
        ? {
            ok: true,
            rows: answer.payload.rows.length,
            nodes: answer.payload.nodes.length,
            edges: answer.payload.edges.length,
          }
        : { ok: false, message: answer.error?.message ?? 'failed' },
    };
    history.record(entry);
    if (!answer.ok && answer.error) setProblem(describeQueryError(answer.error, sent));
  };

  // Capture phase: Ctrl+Enter must reach us before the editor turns it into a new line.
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (saving || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.stopPropagation();
    void run();
  };

  const reopen = (entry: HistoryEntry) => {
    setCypher(entry.cypher);
    setParamsText(entry.params);
    setProblem(null);
    setParamsError(null);
    setHistoryOpenedAt(null);
  };

  const saved = (view: ViewPayload) => {
    setSaving(null);
    setEditing(view);
    setBasis(view);
    onSaved(view);
  };

  const parsedValues = parseParamsJson(paramsText);
  const values = parsedValues.ok ? parsedValues.params : {};
  const start =
    saving?.kind === 'update'
      ? {
          title: saving.view.title,
          description: saving.view.description,
          category: saving.view.category,
          params: declarationsFor(cypher, values, saving.view.params),
        }
      : startFor(basis, cypher, values);

  return (
    <section
      className="workbench"
      aria-label="Cypher workbench"
      data-testid="workbench"
      onKeyDownCapture={onKeyDownCapture}
    >
      <header className="workbench__header">
        <h2 className="eyebrow">Cypher</h2>
        <span className="workbench__readonly">read-only</span>
        <div className="workbench__tools">
          <button
            type="button"
            className="button button--small"
            aria-expanded={historyOpenedAt !== null}
            data-testid="history-toggle"
            onClick={() => setHistoryOpenedAt((opened) => (opened === null ? Date.now() : null))}
          >
            History
            {history.entries.length > 0 && <span className="count">{history.entries.length}</span>}
          </button>
          {canEdit && editing && (
            <button
              type="button"
              className="button button--small"
              data-testid="save-view-new"
              onClick={() => setSaving({ kind: 'new' })}
            >
              Save as new…
            </button>
          )}
          {canEdit && (
            <button
              type="button"
              className="button button--small"
              data-testid="save-view"
              disabled={cypher.trim() === ''}
              onClick={() =>
                setSaving(editing ? { kind: 'update', view: editing } : { kind: 'new' })
              }
            >
              {editing ? 'Save changes…' : 'Save as view…'}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Close the workbench"
            title="Close the workbench"
            onClick={onClose}
          >
            ×
          </button>
        </div>
      </header>
      {(editing || basis?.builtin) && (
        <p className="workbench__context" data-testid="workbench-context">
          {editing ? (
            <>
              Editing your view <strong>{editing.title}</strong>: “Save changes” updates it for
              everyone.
            </>
          ) : (
            <>
              From the built-in view <strong>{basis?.title}</strong>: saving makes a view of your
              own.
            </>
          )}
        </p>
      )}
      {historyOpenedAt !== null && (
        <div className="popup popover history" role="dialog" aria-label="Query history">
          <HistoryList entries={history.entries} now={historyOpenedAt} onPick={reopen} />
        </div>
      )}
      <CypherField value={cypher} onChange={setCypher} schema={editorSchema} problem={problem} />
      {problem && (
        <p className="workbench__problem" id={problemId} data-testid="query-error" role="alert">
          <strong>{problem.heading}:</strong> {problem.text}
        </p>
      )}
      <div className="workbench__footer">
        <label className="workbench__params" htmlFor={paramsId}>
          <span className="field__label">Parameters</span>
          <textarea
            id={paramsId}
            className="input workbench__params-input"
            data-testid="query-params"
            rows={1}
            spellCheck={false}
            placeholder='{"id": "shengshu"}'
            aria-invalid={paramsError !== null || undefined}
            value={paramsText}
            onChange={(event) => {
              setParamsText(event.target.value);
              setParamsError(null);
            }}
          />
        </label>
        <div className="workbench__run">
          <button
            type="button"
            className="button button--primary"
            data-testid="query-run"
            disabled={running}
            onClick={() => void run()}
          >
            {running && <span className="spinner spinner--light" aria-hidden="true" />}
            {running ? 'Running…' : 'Run'}
          </button>
          <span className="workbench__hint">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </span>
        </div>
      </div>
      {paramsError && (
        <p
          className="field__error workbench__params-error"
          data-testid="query-params-error"
          role="alert"
        >
          {paramsError}
        </p>
      )}
      {saving && (
        <SaveViewDialog
          target={saving.kind === 'update' ? saving.view : null}
          start={start}
          cypher={cypher}
          categories={categories}
          positions={props.positions}
          onSaved={saved}
          onClose={() => setSaving(null)}
        />
      )}
    </section>
  );
}
