import type { ReactNode } from 'react';
import './sidebar-tabs.css';

/** The sidebar's faces: how the graph is drawn, the saved views, paths, and the article itself. */
export type SidebarTab = 'explore' | 'views' | 'paths' | 'sources';

const TABS: readonly { id: SidebarTab; label: string }[] = [
  { id: 'explore', label: 'Explore' },
  { id: 'views', label: 'Views' },
  { id: 'paths', label: 'Paths' },
  { id: 'sources', label: 'Sources' },
];

interface SidebarTabsProps {
  tab: SidebarTab;
  onChange: (tab: SidebarTab) => void;
  /** The chosen tab's content. */
  children: ReactNode;
}

/** The left sidebar as tabs (arrow keys move between them, as ARIA tabs do). */
export function SidebarTabs({ tab, onChange, children }: SidebarTabsProps) {
  const move = (step: number) => {
    const index = TABS.findIndex((candidate) => candidate.id === tab);
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    onChange(next.id);
    document.getElementById(`sidebar-tab-${next.id}`)?.focus();
  };
  return (
    <>
      <div className="sidebar-tabs" role="tablist" aria-label="Sidebar">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            id={`sidebar-tab-${id}`}
            type="button"
            role="tab"
            className="sidebar-tabs__tab"
            data-testid={`${id}-tab`}
            aria-selected={tab === id}
            aria-controls="sidebar-panel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => onChange(id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight') move(1);
              else if (event.key === 'ArrowLeft') move(-1);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        id="sidebar-panel"
        className="sidebar__panel"
        role="tabpanel"
        aria-labelledby={`sidebar-tab-${tab}`}
      >
        {children}
      </div>
    </>
  );
}
