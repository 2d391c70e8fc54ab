import { useEffect } from 'react';
import type { Theme } from '../../../lib/theme.ts';

/** The theme an exploration's `theme` names; light unless it says dark. */
export function themeOf(theme: string | undefined): Theme {
  return theme === 'dark' ? 'dark' : 'light';
}

/** Puts the theme on the document (`data-theme`), which the stylesheet's colours follow. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
}
