import { useCallback, useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import type { ViewParamPayload, ViewPayload } from '../../../lib/api-types.ts';
import { createView, updateView } from '../api/save-view.ts';
import { fromDraft, toDraft, type DeclarationDraft } from '../utils/declaration-drafts.ts';
import { DeclarationFields } from './declaration-fields.tsx';
import './save-view-dialog.css';

/** What the dialog starts with. */
export interface SaveViewStart {
  title: string;
  description: string;
  category: string;
  params: ViewParamPayload[];
}

interface SaveViewDialogProps {
  /** A user view to save back to (PUT); null saves a new view (POST). */
  target: ViewPayload | null;
  start: SaveViewStart;
  cypher: string;
  /** Categories in use, offered for the category field. */
  categories: string[];
  onSaved: (view: ViewPayload) => void;
  onClose: () => void;
  /** Where the nodes on the canvas are now, saved with the view. */
  positions?: () => Record<string, { x: number; y: number }>;
}

/**
 * Saves the editor's query as a view everyone on the database sees: title, description,
 * category and one declaration per `$parameter` (prefilled from the text and its values).
 */
export function SaveViewDialog(props: SaveViewDialogProps) {
  const { target, start, cypher, onClose } = props;
  const [title, setTitle] = useState(start.title);
  const [description, setDescription] = useState(start.description);
  const [category, setCategory] = useState(start.category);
  const [drafts, setDrafts] = useState<DeclarationDraft[]>(() => start.params.map(toDraft));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const categoriesId = useId();

  // A modal dialog from its first paint: focus moves in, Escape and the backdrop belong to it.
  const attach = useCallback((dialog: HTMLDialogElement | null) => {
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const draft = {
      title: title.trim(),
      description: description.trim(),
      category: category.trim() || 'My views',
      cypher,
      params: drafts.map(fromDraft),
      positions: props.positions?.(),
    };
    try {
      const saved = target ? await updateView(target.id, draft) : await createView(draft);
      props.onSaved(saved);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : 'The view could not be saved.');
      setPending(false);
    }
  };

  return (
    <dialog
      ref={attach}
      className="dialog"
      aria-labelledby={headingId}
      data-testid="save-view-dialog"
      onClose={onClose}
    >
      <form className="dialog__form" onSubmit={(event) => void submit(event)}>
        <header className="dialog__header">
          <h2 id={headingId}>{target ? `Save changes to “${target.title}”` : 'Save as a view'}</h2>
          <p className="muted">
            Views are stored in the database: everyone using it sees them in the Views panel.
          </p>
        </header>
        <div className="dialog__body">
          <label className="field">
            <span className="field__label">Title</span>
            <input
              className="input"
              data-testid="save-view-title"
              required
              maxLength={120}
              value={title}
              placeholder="e.g. Who founded what"
              onChange={(event) => setTitle(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">Description</span>
            <textarea
              className="input"
              rows={2}
              maxLength={500}
              value={description}
              placeholder="One line on what it answers"
              onChange={(event) => setDescription(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">Category</span>
            <input
              className="input"
              list={categoriesId}
              maxLength={60}
              value={category}
              onChange={(event) => setCategory(event.target.value)}
            />
            <datalist id={categoriesId}>
              {props.categories.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </label>
          <div className="dialog__section">
            <h3 className="section-title">Parameters</h3>
            {drafts.length === 0 ? (
              <p className="muted">
                The query uses no <code>$parameters</code>: the view always shows the same thing.
              </p>
            ) : (
              drafts.map((draft, index) => (
                <DeclarationFields
                  key={draft.name}
                  draft={draft}
                  onChange={(next) =>
                    setDrafts((previous) => previous.map((old, at) => (at === index ? next : old)))
                  }
                />
              ))
            )}
          </div>
          <details className="dialog__cypher">
            <summary>Cypher</summary>
            <pre>{cypher}</pre>
          </details>
        </div>
        {error && (
          <p className="field__error dialog__error" role="alert" data-testid="save-view-error">
            {error}
          </p>
        )}
        <footer className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="save-view-submit"
            disabled={pending || title.trim() === ''}
          >
            {pending ? 'Saving…' : target ? 'Save changes' : 'Save view'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
