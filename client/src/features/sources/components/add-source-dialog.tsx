import './add-source.css';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { useSchema } from '../../../shared/use-schema.ts';
import { sendSource } from '../api/source-api.ts';
import {
  slugOfTitle,
  splitIntoSentences,
  type DraftEntity,
  type DraftRelationship,
  type IngestPlan,
  type SourceDraftPayload,
} from '../utils/source-draft.ts';
import { FactBuilder } from './fact-builder.tsx';
import { PlanReview } from './plan-review.tsx';
import { SourceForm, type SourceMetaDraft } from './source-form.tsx';

type Step = 'document' | 'facts' | 'review';

interface AddSourceDialogProps {
  graph: GraphModel;
  onClose: () => void;
  /** Called once the source is in the graph, with what was written. */
  onAdded: (plan: IngestPlan) => void;
}

const emptyMeta: SourceMetaDraft = { title: '', id: '', publisher: '', published: '', url: '' };

/**
 * Add a source, for editors: the document and its metadata, then facts built sentence by
 * sentence (each quote attached for you), then the server's dry-run plan to review (matches,
 * corroboration, conflicts, names to settle) before anything is written.
 */
export function AddSourceDialog({ graph, onClose, onAdded }: AddSourceDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const schema = useSchema();
  const [step, setStep] = useState<Step>('document');
  const [meta, setMeta] = useState(emptyMeta);
  const [text, setText] = useState('');
  const [entities, setEntities] = useState<DraftEntity[]>([]);
  const [relationships, setRelationships] = useState<DraftRelationship[]>([]);
  const [resolve, setResolve] = useState<Record<string, string>>({});
  const [plan, setPlan] = useState<IngestPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const payload = (): SourceDraftPayload => {
    const knownTypes = new Set(schema.relationshipTypes);
    const year = /^\d{4}/.exec(meta.published)?.[0];
    return {
      source: {
        id: meta.id || slugOfTitle(meta.title),
        title: meta.title,
        publisher: meta.publisher,
        ...(meta.published.length === 10
          ? { published: meta.published }
          : year
            ? { year: Number(year) }
            : {}),
        ...(meta.url ? { url: meta.url } : {}),
      },
      text,
      nodes: entities,
      relationships,
      declare: {
        labels: [],
        types: [...new Set(relationships.map((rel) => rel.type))].filter((t) => !knownTypes.has(t)),
      },
      resolve,
    };
  };

  const review = async (nextResolve = resolve) => {
    setBusy(true);
    setError(null);
    try {
      setPlan(await sendSource({ ...payload(), resolve: nextResolve }, true));
      setStep('review');
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    setBusy(true);
    setError(null);
    try {
      onAdded(await sendSource(payload(), false));
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
      setBusy(false);
    }
  };

  const sentences = splitIntoSentences(text);
  return (
    <dialog
      ref={dialog}
      className="add-source"
      aria-labelledby="add-source-title"
      data-testid="add-source-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="add-source__header">
        <h2 id="add-source-title">Add a source</h2>
        <ol className="add-source__steps" aria-label="Steps">
          {(['document', 'facts', 'review'] as const).map((name, i) => (
            <li key={name} aria-current={step === name ? 'step' : undefined}>
              {i + 1}. {name === 'document' ? 'Document' : name === 'facts' ? 'Facts' : 'Review'}
            </li>
          ))}
        </ol>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="add-source__body">
        {step === 'document' && (
          <SourceForm meta={meta} text={text} onMeta={setMeta} onText={setText} />
        )}
        {step === 'facts' && (
          <FactBuilder
            sentences={sentences}
            graph={graph}
            relationshipTypes={schema.relationshipTypes}
            entities={entities}
            relationships={relationships}
            onEntities={setEntities}
            onRelationships={setRelationships}
          />
        )}
        {step === 'review' && plan && (
          <PlanReview
            plan={plan}
            resolve={resolve}
            onResolve={(name, choice) => {
              const next = { ...resolve, [name]: choice };
              setResolve(next);
              void review(next);
            }}
          />
        )}
        {error && (
          <p className="field__error" role="alert" data-testid="add-source-error">
            {error}
          </p>
        )}
      </div>
      <footer className="add-source__footer">
        {step !== 'document' && (
          <button
            type="button"
            className="button"
            onClick={() => setStep(step === 'review' ? 'facts' : 'document')}
          >
            Back
          </button>
        )}
        <span className="add-source__spacer" />
        {step === 'document' && (
          <button
            type="button"
            className="button button--primary"
            data-testid="add-source-next"
            disabled={
              !meta.title || !meta.publisher || !/^\d{4}/.test(meta.published) || !text.trim()
            }
            title="Needs a title, a publisher, a date (or year) and the text"
            onClick={() => setStep('facts')}
          >
            Split into sentences →
          </button>
        )}
        {step === 'facts' && (
          <button
            type="button"
            className="button button--primary"
            data-testid="add-source-review"
            disabled={busy || entities.length + relationships.length === 0}
            onClick={() => void review()}
          >
            {busy ? 'Checking…' : 'Review the plan →'}
          </button>
        )}
        {step === 'review' && plan && (
          <button
            type="button"
            className="button button--primary"
            data-testid="add-source-commit"
            disabled={busy || plan.problems.length > 0 || plan.ambiguities.length > 0}
            onClick={() => void commit()}
          >
            {busy ? 'Adding…' : 'Add to the graph'}
          </button>
        )}
      </footer>
    </dialog>
  );
}
