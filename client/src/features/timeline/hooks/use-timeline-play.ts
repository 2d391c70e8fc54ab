import { useEffect, useEffectEvent, useState } from 'react';

/** How long each moment stays on screen while playing, in ms. */
const STEP_MS = 1400;

/**
 * Playing the timeline: while `playing`, moves to the next of `count` stops every STEP_MS,
 * starting from the first when at the end or at "all time" (-1), and stops at the last.
 */
export function useTimelinePlay(
  index: number,
  count: number,
  onStep: (index: number) => void,
): { playing: boolean; toggle: () => void; stop: () => void } {
  const [playing, setPlaying] = useState(false);
  const step = useEffectEvent(onStep);

  useEffect(() => {
    if (!playing || index >= count - 1) return;
    const timer = setTimeout(() => {
      step(index + 1);
      if (index + 1 >= count - 1) setPlaying(false);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, index, count]);

  // Dragged to the end while playing: nothing left to play.
  const active = playing && index < count - 1;
  const toggle = () => {
    if (active) return setPlaying(false);
    // From the end (or all time), playing starts the story over.
    if (index === -1 || index >= count - 1) onStep(0);
    setPlaying(true);
  };

  return { playing: active, toggle, stop: () => setPlaying(false) };
}
