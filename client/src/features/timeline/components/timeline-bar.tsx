import { useMemo, type CSSProperties } from 'react';
import './timeline.css';
import type { ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { useTimelinePlay } from '../hooks/use-timeline-play.ts';
import { stopIndexOf, timelineStops } from '../utils/timeline-stops.ts';
import { TimelineTick } from './timeline-tick.tsx';

interface TimelineBarProps {
  graph: GraphModel;
  /** The quoted documents: their year is "publication" for facts dated from the article's day. */
  sources: ReadonlyMap<string, ApiSource>;
  /** Facts dated after this are hidden (a stop's `time`); undefined for all time. */
  time: string | undefined;
  /** The canvas content is still loading: the band keeps its place, so the canvas is measured once. */
  pending: boolean;
  onChange: (time: string | undefined) => void;
}

/**
 * A slider under the canvas over the dated facts on it (funding rounds): one tick per moment, in
 * the article's own words, a play button that steps through them, and "All time". Nothing when
 * no fact on the canvas is dated (an empty band of the same height while the canvas loads, which
 * is then laid out for the room left to it).
 */
export function TimelineBar({ graph, sources, time, pending, onChange }: TimelineBarProps) {
  // The latest source's year, as the filter that hides later facts reckons it.
  const years = [...sources.values()].map((source) => source.year);
  const year = years.length > 0 ? Math.max(...years) : undefined;
  const stops = useMemo(
    () => (year === undefined ? [] : timelineStops(graph.nodes.values(), year)),
    [graph.nodes, year],
  );
  const index = stopIndexOf(stops, time);
  const play = useTimelinePlay(index, stops.length, (next) => onChange(stops[next]?.time));
  if (stops.length === 0) {
    return pending ? <div className="timeline timeline--pending" aria-hidden="true" /> : null;
  }

  const current = index >= 0 ? stops[index] : undefined;
  const last = stops.length - 1;
  const factCount = stops.reduce((sum, stop) => sum + stop.facts.length, 0);
  return (
    <section
      className={current ? 'timeline' : 'timeline timeline--all'}
      data-testid="timeline"
      aria-label="Timeline of dated facts"
    >
      <div className="timeline__controls">
        <button
          type="button"
          className="icon-button timeline__play"
          data-testid="timeline-play"
          aria-pressed={play.playing}
          aria-label={play.playing ? 'Pause' : 'Play through the dated facts'}
          title={play.playing ? 'Pause' : 'Play: step through the dated facts'}
          onClick={play.toggle}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            {play.playing ? <path d="M5 3v10M11 3v10" /> : <path d="M5 3l8 5-8 5z" />}
          </svg>
        </button>
        <button
          type="button"
          className={current ? 'button button--small' : 'button button--small button--pressed'}
          data-testid="timeline-all"
          aria-pressed={!current}
          onClick={() => {
            play.stop();
            onChange(undefined);
          }}
        >
          All time
        </button>
      </div>
      <div className="timeline__track">
        <input
          type="range"
          className="timeline__slider"
          data-testid="timeline-slider"
          aria-label="Show facts dated up to"
          aria-valuetext={current ? `Up to ${current.label}` : 'All time'}
          min={0}
          max={last}
          step={1}
          value={index >= 0 ? index : last}
          onChange={(event) => onChange(stops[Number(event.target.value)]?.time)}
        />
        <ol className="timeline__ticks" style={{ '--gap': 1 / Math.max(last, 1) } as CSSProperties}>
          {stops.map((stop, at) => (
            <TimelineTick
              key={stop.time}
              stop={stop}
              at={last === 0 ? 0 : at / last}
              reached={!current || at <= index}
              onPick={() => onChange(stop.time)}
            />
          ))}
        </ol>
      </div>
      <p className="timeline__readout" data-testid="timeline-readout" aria-live="polite">
        {current ? (
          <>
            Up to <strong>{current.label}</strong>
            <span className="timeline__hint">later facts hidden</span>
          </>
        ) : (
          <>
            <strong>All time</strong>
            <span className="timeline__hint">
              {factCount} dated {factCount === 1 ? 'fact' : 'facts'} on the canvas
            </span>
          </>
        )}
      </p>
    </section>
  );
}
