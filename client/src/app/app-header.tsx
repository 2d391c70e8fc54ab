import type { ReactNode } from 'react';
import { UserChip } from '../features/session/user-chip.tsx';
import type { ApiSource } from '../lib/api-types.ts';
import { BrandMark } from '../shared/brand-mark.tsx';
import './app-header.css';

interface AppHeaderProps {
  /** The search, in the middle. */
  children: ReactNode;
  /** Buttons at the right end. */
  actions?: ReactNode;
  /** The graph's sources, credited under the name. */
  sources: ReadonlyMap<string, ApiSource>;
}

/** "from NextFin News, 2026" for one source, "from 3 sources, 2026–2027" for more. */
function credit(sources: ReadonlyMap<string, ApiSource>): string {
  const list = [...sources.values()];
  if (list.length === 0) return '';
  if (list.length === 1) return ` · from ${list[0]!.publisher}, ${list[0]!.year}`;
  const years = list.map((source) => source.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return ` · from ${list.length} sources, ${first === last ? first : `${first}–${last}`}`;
}

/** Product name, what the graph is about and where it comes from, the search, then `actions`. */
export function AppHeader({ children, actions, sources }: AppHeaderProps) {
  return (
    <header className="topbar">
      <div className="brand">
        <BrandMark className="brand__mark" />
        <div>
          <h1 className="brand__name">Ecosystem Explorer</h1>
          <p className="brand__subtitle">LLMs → world models{credit(sources)}</p>
        </div>
      </div>
      <div className="topbar__search">{children}</div>
      {actions && <div className="topbar__actions">{actions}</div>}
      <UserChip />
    </header>
  );
}
