import { PARAM_TYPES, type DeclarationDraft } from '../utils/declaration-drafts.ts';

interface DeclarationFieldsProps {
  draft: DeclarationDraft;
  onChange: (draft: DeclarationDraft) => void;
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
      <label className="field declaration__wide">
        <span className="field__label">Description</span>
        <input
          className="input"
          value={draft.description}
          placeholder="Shown as the field's label"
          onChange={(event) => set({ description: event.target.value })}
        />
      </label>
      {draft.type === 'choice' && (
        <label className="field declaration__wide">
          <span className="field__label">Choices</span>
          <input
            className="input"
            value={draft.choices}
            placeholder="comma-separated, e.g. llm, world-model"
            onChange={(event) => set({ choices: event.target.value })}
          />
        </label>
      )}
      {numeric && (
        <>
          <label className="field">
            <span className="field__label">Minimum</span>
            <input
              className="input"
              inputMode="decimal"
              value={draft.min}
              onChange={(event) => set({ min: event.target.value })}
            />
          </label>
          <label className="field">
            <span className="field__label">Maximum</span>
            <input
              className="input"
              inputMode="decimal"
              value={draft.max}
              onChange={(event) => set({ max: event.target.value })}
            />
          </label>
        </>
      )}
    </fieldset>
  );
}
