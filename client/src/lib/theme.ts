/** The page's two looks; the stylesheet follows the one chosen. */
export type Theme = 'light' | 'dark';

/** Colours of the graph that change with the theme (kind colours do not). */
export interface Palette {
  /** Text colour of labels, the app's body ink. */
  ink: string;
  /** Selection accent: contrasting with every kind colour. */
  accent: string;
  /** The plate behind labels, the canvas colour. */
  plate: string;
  line: string;
  lineStrong: string;
  edgeInk: string;
}

const PALETTES: Record<Theme, Palette> = {
  light: {
    ink: '#2a313c',
    accent: '#1f3a5f',
    plate: '#ffffff',
    line: '#c5ccd6',
    lineStrong: '#7d8898',
    edgeInk: '#4d5766',
  },
  dark: {
    ink: '#e3e8ef',
    accent: '#9cc3ff',
    plate: '#161b22',
    line: '#465061',
    lineStrong: '#8f9bad',
    edgeInk: '#b7c0cd',
  },
};

/** The graph's colours in a theme, for drawing that does not go through the stylesheet. */
export function graphPalette(theme: Theme): Palette {
  return PALETTES[theme];
}
