import type { Theme } from '../../../lib/theme.ts';

/** Switches between the light and the dark look. */
export function ThemeToggle({ theme, onToggle }: { theme: Theme; onToggle: () => void }) {
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className={dark ? 'button button--pressed' : 'button'}
      data-testid="theme-toggle"
      aria-pressed={dark}
      title={dark ? 'Switch to the light theme' : 'Switch to the dark theme'}
      onClick={onToggle}
    >
      <svg className="button__icon" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z" />
      </svg>
      Dark
    </button>
  );
}
