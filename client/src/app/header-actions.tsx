import { ThemeToggle } from '../features/analysis/components/theme-toggle.tsx';
import type { Theme } from '../lib/theme.ts';

interface HeaderActionsProps {
  theme: Theme;
  onToggleTheme: () => void;
  onHelp: () => void;
  workbenchOpen: boolean;
  onToggleWorkbench: () => void;
  /** On a phone the sidebar is a sheet this button brings up (hidden on wider screens). */
  settingsOpen: boolean;
  onToggleSettings: () => void;
}

/** The buttons at the right of the header: settings (phones), theme, shortcuts and the workbench. */
export function HeaderActions(props: HeaderActionsProps) {
  return (
    <>
      <button
        type="button"
        className={
          props.settingsOpen ? 'button button--pressed topbar__settings' : 'button topbar__settings'
        }
        aria-expanded={props.settingsOpen}
        aria-controls="sidebar"
        aria-label="Settings and legend"
        onClick={props.onToggleSettings}
      >
        <svg className="button__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 4h12M2 8h12M2 12h12" />
        </svg>
      </button>
      <ThemeToggle theme={props.theme} onToggle={props.onToggleTheme} />
      <button
        type="button"
        className="button"
        data-testid="help-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={props.onHelp}
      >
        ?
      </button>
      <button
        type="button"
        className={
          props.workbenchOpen
            ? 'button button--pressed topbar__workbench'
            : 'button topbar__workbench'
        }
        data-testid="open-workbench"
        aria-pressed={props.workbenchOpen}
        title="Write and run read-only Cypher; save it as a view"
        onClick={props.onToggleWorkbench}
      >
        <svg className="button__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 4l3 3-3 3M8 11h5" />
        </svg>
        Cypher workbench
      </button>
    </>
  );
}
