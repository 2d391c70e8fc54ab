import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import type { ApiNode } from '../../../lib/api-types.ts';
import { searchEntities } from '../../../lib/search-entities.ts';
import { SEARCH_LIMIT, useEntitySearch } from '../../../shared/use-entity-search.ts';
import { useSlashShortcut } from '../hooks/use-slash-shortcut.ts';
import { SearchResult } from './search-result.tsx';
import './search.css';
import { SearchStatus } from '../../../shared/search-status.tsx';

/** The top-bar search: type any part of a name, pick a match with the mouse or the keyboard. */
export function SearchBox({ onPick }: { onPick: (node: ApiNode) => void }) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [lateError, setLateError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const { results, pending, error } = useEntitySearch(text);
  useSlashShortcut(input);

  const query = text.trim();
  const showList = open && query !== '';

  const pick = (node: ApiNode) => {
    setOpen(false);
    setActive(-1);
    setText(node.caption);
    onPick(node);
  };

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + results.length) % results.length);
    } else if (event.key === 'Escape') {
      if (showList) setOpen(false);
      else if (text !== '') setText('');
      else input.current?.blur();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (query === '') return;
      const chosen = results[active] ?? results[0];
      if (chosen && !pending) return pick(chosen);
      // Enter before the debounced answer came: ask now and take the best match.
      try {
        const [best] = await searchEntities(query, SEARCH_LIMIT);
        if (best) pick(best);
      } catch (cause) {
        setLateError(cause instanceof ApiError ? cause.message : 'Search failed.');
      }
    }
  };

  const shownError = error ?? lateError;
  return (
    <div className="search">
      <svg className="search__icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" />
        <path d="M10.5 10.5 14 14" />
      </svg>
      <input
        ref={input}
        type="search"
        className="search__input"
        data-testid="search-input"
        placeholder="Search entities by name…"
        aria-label="Search entities by name"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
          setLateError(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => void onKeyDown(event)}
      />
      <kbd className="search__hint" aria-hidden="true">
        /
      </kbd>
      {showList && (
        <div className="popup search__dropdown">
          <ul
            id={listId}
            role="listbox"
            aria-label="Matching entities"
            // Keep focus in the input while clicking an option.
            onMouseDown={(event) => event.preventDefault()}
          >
            {results.map((node, index) => (
              <SearchResult
                key={node.id}
                id={`${listId}-${index}`}
                node={node}
                query={query}
                active={index === active}
                onPick={() => pick(node)}
                onHover={() => setActive(index)}
              />
            ))}
          </ul>
          <SearchStatus query={query} pending={pending} error={shownError} count={results.length} />
        </div>
      )}
    </div>
  );
}
