import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import type { ViewPayload, ViewSummaryPayload } from '../../../lib/api-types.ts';
import { useCanEdit } from '../../../lib/session-context.ts';
import { getView } from '../api/get-view.ts';
import {
  initialFormValues,
  paramNamedIn,
  toRunParams,
  type FormValues,
  type RunParams,
} from '../utils/param-values.ts';
import { DeleteViewButton } from './delete-view-button.tsx';
import { ParamField } from './param-field.tsx';

interface ViewFormProps {
  view: ViewSummaryPayload;
  /** Values from a link, over the defaults. */
  given?: Readonly<Record<string, string>>;
  running: boolean;
  /** The server's message from this view's last failed run. */
  error: string | null;
  onRun: (params: RunParams) => void;
  onOpenInEditor: (view: ViewPayload, params: RunParams) => void;
  onDeleted: () => void;
}

/** Brings a view just opened into sight; the sidebar may have it below the fold. */
function scrollIntoSight(form: HTMLFormElement | null) {
  form?.parentElement?.scrollIntoView({ block: 'nearest' });
}

/**
 * Under an opened view: its parameters as a form (defaults filled in), Run, and the editor
 * actions: open a built-in view's Cypher to duplicate it, or edit and delete one of your own.
 */
export function ViewForm(props: ViewFormProps) {
  const canEdit = useCanEdit();
  const { view, running, error, onRun, onOpenInEditor } = props;
  const [values, setValues] = useState<FormValues>(() =>
    initialFormValues(view.params, props.given),
  );
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const errorField = error === null ? null : paramNamedIn(error);
  const fieldError = view.params.some((param) => param.name === errorField) ? errorField : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRun(toRunParams(view.params, values));
  };

  const openInEditor = async () => {
    setOpening(true);
    setOpenError(null);
    try {
      onOpenInEditor(await getView(view.id), toRunParams(view.params, values));
    } catch (cause) {
      setOpenError(cause instanceof ApiError ? cause.message : 'The view could not be opened.');
    } finally {
      setOpening(false);
    }
  };

  return (
    <form
      ref={scrollIntoSight}
      className="view-form"
      noValidate
      onSubmit={submit}
      aria-label={`Run ${view.title}`}
    >
      {view.description && <p className="view-form__description">{view.description}</p>}
      {view.params.map((param) => (
        <ParamField
          key={param.name}
          param={param}
          value={values[param.name] ?? ''}
          error={param.name === fieldError ? error : null}
          onChange={(value) => setValues((previous) => ({ ...previous, [param.name]: value }))}
        />
      ))}
      {error && fieldError === null && (
        <p className="field__error" data-testid="view-error" role="alert">
          {error}
        </p>
      )}
      <div className="view-form__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          data-testid="view-run"
          disabled={running}
        >
          {running && <span className="spinner spinner--light" aria-hidden="true" />}
          {running ? 'Running…' : 'Run'}
        </button>
        {canEdit && (
          <button
            type="button"
            className="button button--small"
            data-testid={view.builtin ? 'duplicate-view' : 'edit-view'}
            title={
              view.builtin
                ? 'Load its Cypher into the editor, to change it and save it as a view of your own'
                : 'Load its Cypher into the editor, to change it and save the changes'
            }
            disabled={opening}
            onClick={() => void openInEditor()}
          >
            {view.builtin ? 'Open in editor' : 'Edit'}
          </button>
        )}
        {canEdit && !view.builtin && <DeleteViewButton view={view} onDeleted={props.onDeleted} />}
      </div>
      {openError && (
        <p className="field__error" role="alert">
          {openError}
        </p>
      )}
    </form>
  );
}
