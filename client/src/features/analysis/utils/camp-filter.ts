import type { Camp } from '../../../lib/api-types.ts';
import { CAMPS } from '../../../lib/camps.ts';

/**
 * The camps shown after toggling `camp`, where an empty list means all of them. Hiding the last
 * shown camp does nothing: an empty canvas is what "Show all" is for, not a filter.
 */
export function toggleCamp(camps: readonly string[], camp: Camp): string[] {
  const shown: string[] = camps.length === 0 ? [...CAMPS] : [...camps];
  const next = shown.includes(camp) ? shown.filter((c) => c !== camp) : [...shown, camp];
  if (next.length === 0) return [...camps];
  return CAMPS.every((c) => next.includes(c)) ? [] : CAMPS.filter((c) => next.includes(c));
}
