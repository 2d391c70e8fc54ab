/**
 * How long an animation of `ms` should last: not at all when the person has asked their system
 * for less motion (prefers-reduced-motion), so glides and camera moves jump straight to the end.
 */
export function motionMs(ms: number): number {
  const reduce =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 0 : ms;
}
