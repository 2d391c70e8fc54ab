import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import type { ApiNode } from '../lib/api-types.ts';
import { CAMP_INFO, campOf } from '../lib/camps.ts';
import { kindStyleOf } from '../lib/entity-kinds.ts';
import { getEntity } from '../lib/get-entity.ts';
import { serverState } from '../lib/server-state.ts';
import { useEntitySearch } from './use-entity-search.ts';
import { SearchStatus } from './search-status.tsx';

interface EntityPickerProps {
  /** The input's id, for its label. */
  id: string;
  /** The chosen entity's id. */
  value: string;
  onChange: (entityId: string) => void;
  invalid?: boolean;
  /** Id of the element explaining the field (its hint or error). */
  describedBy?: string;
  testId: string;
}

/** What the picker knows about the chosen entity: its name once looked up. */
interface Chosen {
  id: string;
  node: ApiNode | null;
}

/**
 * A field holding an entity id that shows the entity's name: type part of a name, pick a match
 * (name and kind) with the mouse or the keyboard. Leaving without picking keeps the last choice.
 */
export function EntityPicker({
  id,
  value,
  onChange,
  invalid,
  describedBy,
  testId,
}: EntityPickerProps) {
  const [chosen, setChosen] = useState<Chosen>({ id: value, node: null });
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const { results, pending, error } = useEntitySearch(text ?? '');

  // An id from a link or a default: its name is looked up (unknown ids stay shown as typed;
  // running the view explains what is wrong).
  const known = chosen.id === value && chosen.node !== null;
  const looked = useQuery({
    queryKey: serverState.entity(value),
    queryFn: ({ signal }) => getEntity(value, signal),
    enabled: !known && value !== '',
  });
  const node = known ? chosen.node : (looked.data ?? null);
  const editing = text !== null;
  const query = text?.trim() ?? '';
  const showList = editing && query !== '';

  const pick = (picked: ApiNode) => {
    setChosen({ id: picked.id, node: picked });
    setText(null);
    setActive(-1);
    onChange(picked.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + results.length) % results.length);
    } else if (event.key === 'Escape' && editing) {
      event.preventDefault();
      setText(null);
    } else if (event.key === 'Enter' && showList) {
      // Enter picks; it must not submit the form with the half-typed name.
      event.preventDefault();
      const best = results[active] ?? results[0];
      if (best && !pending) pick(best);
    }
  };

  const style = node ? kindStyleOf(node.labels) : null;
  return (
    <div className="entity-picker">
      <span
        className="dot entity-picker__dot"
        style={{ background: style?.color ?? 'var(--border-strong)' }}
        aria-hidden="true"
      />
      <input
        id={id}
        type="text"
        className="input entity-picker__input"
        data-testid={testId}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a name…"
        value={text ?? node?.caption ?? value}
        title={node ? `${node.caption} (${style?.name}, id ${node.id})` : value}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setText(event.target.value);
          setActive(-1);
        }}
        onBlur={() => setText(null)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="popup entity-picker__dropdown">
          <ul
            id={listId}
            role="listbox"
            aria-label="Matching entities"
            // Keep focus in the input while clicking an option.
            onMouseDown={(event) => event.preventDefault()}
          >
            {results.map((result, index) => {
              const kind = kindStyleOf(result.labels);
              return (
                <li
                  key={result.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={
                    index === active ? 'entity-option entity-option--active' : 'entity-option'
                  }
                  data-testid="entity-option"
                  data-entity-id={result.id}
                  onClick={() => pick(result)}
                  onMouseMove={() => setActive(index)}
                >
                  <span className="dot" style={{ background: kind.color }} aria-hidden="true" />
                  <span className="entity-option__text">
                    <span className="entity-option__name">{result.caption}</span>
                    <span className="entity-option__kind">
                      {kind.name} · {CAMP_INFO[campOf(result.properties.camp)].name}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
          <SearchStatus query={query} pending={pending} error={error} count={results.length} />
        </div>
      )}
    </div>
  );
}
