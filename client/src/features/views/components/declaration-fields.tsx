import { PARAM_TYPES, type DeclarationDraft } from '../utils/declaration-drafts.ts';

interface DeclarationFieldsProps {
  draft: DeclarationDraft;
  onChange: (draft: DeclarationDraft) => void;
}

interface DraftTextProps {
  label: string;
  /** The draft's text that the input edits. */
  field: 'description' | 'choices' | 'min' | 'max';
  draft: DeclarationDraft;
  set: (change: Partial<DeclarationDraft>) => void;
  /** Spans the whole row. */
  wide?: boolean;
  placeholder?: string;
  inputMode?: 'decimal';
}

/** One of the declaration's texts, typed as is. */
function DraftText({ label, field, draft, set, wide, placeholder, inputMode }: DraftTextProps) {
  return (
    <label className={wide ? 'field declaration__wide' : 'field'}>
      <span className="field__label">{label}</span>
      <input
        className="input"
        inputMode={inputMode}
        value={draft[field]}
        placeholder={placeholder}
        onChange={(event) => set({ [field]: event.target.value })}
      />
    </label>
  );
}

/** One `$parameter` of a view being saved: its type, default, description and limits. */
export function DeclarationFields({ draft, onChange }: DeclarationFieldsProps) {
  const set = (change: Partial<DeclarationDraft>) => onChange({ ...draft, ...change });
  const numeric = draft.type === 'integer' || draft.type === 'float';
  return (
    <fieldset className="declaration" data-testid={`declaration-${draft.name}`}>
      <legend>
        <code>${draft.name}</code>
      </legend>
      <label className="field">
        <span className="field__label">Type</span>
        <select
          value={draft.type}
          onChange={(event) => {
            const choice = PARAM_TYPES.find((option) => option.type === event.target.value);
            if (choice) set({ type: choice.type });
          }}
        >
          {PARAM_TYPES.map((option) => (
            <option key={option.type} value={option.type}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Default</span>
        {draft.type === 'boolean' ? (
          <select
            value={draft.default === 'true' ? 'true' : 'false'}
            onChange={(event) => set({ default: event.target.value })}
          >
            <option value="true">yes</option>
            <option value="false">no</option>
          </select>
        ) : (
          <input
            className="input"
            value={draft.default}
            placeholder={draft.type === 'entity' ? 'an entity id, e.g. shengshu' : undefined}
            onChange={(event) => set({ default: event.target.value })}
          />
        )}
      </label>
      <DraftText
        label="Description"
        field="description"
        wide
        placeholder="Shown as the field's label"
        draft={draft}
        set={set}
      />
      {draft.type === 'choice' && (
        <DraftText
          label="Choices"
          field="choices"
          wide
          placeholder="comma-separated, e.g. llm, world-model"
          draft={draft}
          set={set}
        />
      )}
      {numeric && (
        <>
          <DraftText label="Minimum" field="min" inputMode="decimal" draft={draft} set={set} />
          <DraftText label="Maximum" field="max" inputMode="decimal" draft={draft} set={set} />
        </>
      )}
    </fieldset>
  );
}
