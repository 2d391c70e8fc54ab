import { CAMPS as CAMP_ORDER } from '../../../common/domain.ts';
import type { Camp } from './api-types.ts';

export interface CampInfo {
  /** Short name for chips and the legend. */
  name: string;
  /** One line for the legend: what belonging to the camp means in the article. */
  meaning: string;
  /** Tint of the camp's region behind the graph and of its chip. */
  tint: string;
  /** Text and outline colour on top of `tint`. */
  ink: string;
}

/** Camps in reading order, left to right as the camp layout places them. */
export const CAMPS: readonly Camp[] = CAMP_ORDER;

export const CAMP_INFO: Record<Camp, CampInfo> = {
  llm: {
    name: 'LLM camp',
    meaning: 'Bets on large language models.',
    tint: '#f6ead9',
    ink: '#8a5a1c',
  },
  both: {
    name: 'Both camps',
    meaning: 'Hedges: backs world models, serves LLMs.',
    tint: '#efe7f5',
    ink: '#674a8c',
  },
  'world-model': {
    name: 'World-model camp',
    meaning: 'Bets on simulating physical reality.',
    tint: '#deeff0',
    ink: '#1f6b6f',
  },
  neutral: {
    name: 'Neutral',
    meaning: 'Goals, uses, infrastructure, observers.',
    tint: '#eceef1',
    ink: '#4f5865',
  },
};

/** Region tints and inks for the dark theme: the same hues, dimmed behind light text. */
export const CAMP_COLOURS_DARK: Record<Camp, Pick<CampInfo, 'tint' | 'ink'>> = {
  llm: { tint: '#3a2e1f', ink: '#e8b777' },
  both: { tint: '#30283c', ink: '#c6a8ec' },
  'world-model': { tint: '#1c3435', ink: '#7fd0d4' },
  neutral: { tint: '#272c33', ink: '#aab3c0' },
};

/** A camp's tint and ink in the given theme. */
export function campColors(camp: Camp, theme: 'light' | 'dark'): Pick<CampInfo, 'tint' | 'ink'> {
  return theme === 'dark' ? CAMP_COLOURS_DARK[camp] : CAMP_INFO[camp];
}

/** The camp a node's `camp` property names, or neutral when it is missing or unknown. */
export function campOf(value: unknown): Camp {
  return value === 'llm' || value === 'world-model' || value === 'both' ? value : 'neutral';
}
