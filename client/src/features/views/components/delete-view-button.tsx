import { useState } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import type { ViewSummaryPayload } from '../../../lib/api-types.ts';
import { deleteView } from '../api/delete-view.ts';

interface DeleteViewButtonProps {
  view: ViewSummaryPayload;
  onDeleted: () => void;
}

/** Deletes a user view after a second, explicit click: it is gone for everyone. */
export function DeleteViewButton({ view, onDeleted }: DeleteViewButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setPending(true);
    setError(null);
    try {
      await deleteView(view.id);
      onDeleted();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : 'The view could not be deleted.');
      setPending(false);
    }
  };

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--small button--danger-quiet"
        data-testid="delete-view"
        onClick={() => setConfirming(true)}
      >
        Delete
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label="Confirm deletion">
      <p>
        Delete “{view.title}” for everyone using this database?
        {error && <span className="field__error"> {error}</span>}
      </p>
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--small button--danger"
          data-testid="delete-view-confirm"
          disabled={pending}
          onClick={() => void remove()}
        >
          {pending ? 'Deleting…' : 'Delete'}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={pending}
          onClick={() => setConfirming(false)}
        >
          Keep
        </button>
      </div>
    </div>
  );
}
