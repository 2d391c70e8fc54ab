import type { ApiNode } from '../../../lib/api-types.ts';
import { factTimes } from '../../../lib/fact-dates.ts';

/** A dated fact as the timeline shows it. */
export interface TimelineFact {
  id: string;
  caption: string;
  /** The article's words for its date. */
  label: string;
  rough: boolean;
}

/** One position of the slider: a moment, and the facts dated then. */
export interface TimelineStop {
  key: number;
  /** `key` as the exploration's `time` value. */
  time: string;
  facts: TimelineFact[];
  /** True when any fact here is dated only roughly. */
  rough: boolean;
  /** The article's words for the moment, "≈"-marked when rough; never a made-up date. */
  label: string;
}

/** The article's words, marked when the article gives the date only roughly. */
export function honestLabel(label: string, rough: boolean): string {
  return rough ? `${label} (≈)` : label;
}

/** Names a mark lists in full; past them it says how many more (see stopNames). */
export const NAMED_PER_STOP = 3;

/**
 * The names a mark shows for its facts: all of them when few, else the first NAMED_PER_STOP and
 * how many more. A large graph dates thousands of facts to one moment, and a mark carrying all
 * their names (three times: label, caption, tooltip) made every layout of the page take a tenth
 * of a second.
 */
export function stopNames(stop: Pick<TimelineStop, 'facts'>): string {
  const named = stop.facts.slice(0, NAMED_PER_STOP).map((fact) => fact.caption);
  const more = stop.facts.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more.toLocaleString('en')} more` : named.join(', ');
}

/** The slider's positions: the dated facts among `nodes`, earliest first, one stop per moment. */
export function timelineStops(nodes: Iterable<ApiNode>, publicationYear: number): TimelineStop[] {
  const list = [...nodes];
  const captions = new Map(list.map((node) => [node.id, node.caption]));
  const byKey = new Map<number, TimelineFact[]>();
  for (const [id, time] of factTimes(list, publicationYear)) {
    const fact = { id, caption: captions.get(id) ?? id, label: time.label, rough: time.rough };
    const facts = byKey.get(time.key);
    if (facts) facts.push(fact);
    else byKey.set(time.key, [fact]);
  }
  return [...byKey]
    .sort(([a], [b]) => a - b)
    .map(([key, facts]) => {
      const rough = facts.some((fact) => fact.rough);
      const words = [...new Set(facts.map((fact) => fact.label))].join(' / ');
      return { key, time: String(key), facts, rough, label: honestLabel(words, rough) };
    });
}

/** The stop a `time` value stands at; -1 for all time (no value) or a time matching no stop. */
export function stopIndexOf(stops: readonly TimelineStop[], time: string | undefined): number {
  if (time === undefined) return -1;
  return stops.findIndex((stop) => stop.time === time);
}
