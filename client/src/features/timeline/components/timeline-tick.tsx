import type { CSSProperties } from 'react';
import { stopNames, type TimelineStop } from '../utils/timeline-stops.ts';

interface TimelineTickProps {
  stop: TimelineStop;
  /** Where along the track, from 0 (left) to 1 (right). */
  at: number;
  /** At or before the slider: its facts are shown. */
  reached: boolean;
  onPick: () => void;
}

/**
 * A dated fact's mark on the track: solid when the article dates it, hollow with "≈" when only
 * roughly. Hovering or focusing it shows the article's own words for the date.
 */
export function TimelineTick({ stop, at, reached, onPick }: TimelineTickProps) {
  const names = stopNames(stop);
  const tipId = `timeline-tip-${stop.time.replace(/\W/g, '-')}`;
  return (
    <li className="timeline-tick" style={{ '--at': at } as CSSProperties}>
      <button
        type="button"
        className={
          reached ? 'timeline-tick__mark timeline-tick__mark--reached' : 'timeline-tick__mark'
        }
        data-testid="timeline-tick"
        data-rough={stop.rough}
        aria-label={`${names}: ${stop.label}. Show facts up to here.`}
        aria-describedby={tipId}
        onClick={onPick}
      >
        {stop.rough && (
          <span className="timeline-tick__approx" aria-hidden="true">
            ≈
          </span>
        )}
      </button>
      <span className="timeline-tick__name" aria-hidden="true">
        {names}
      </span>
      <span className="popup timeline-tick__tip" id={tipId} role="tooltip">
        <strong>{names}</strong>
        <span>{stop.label}</span>
        {stop.rough && (
          <span className="timeline-tick__note">The article gives this date only roughly.</span>
        )}
      </span>
    </li>
  );
}
