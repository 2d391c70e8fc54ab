/** Fractions of a year for the article's rough words, as the timeline places them. */
const PARTS: Record<string, number> = { early: 0.15, mid: 0.5, late: 0.85 };

/**
 * The timeline position a `time` value names, as a year with a fraction: `2026.4` as is, or
 * `2026-early` / `2026-mid` / `2026-late`; undefined when it names none (then nothing is cut).
 */
export function timeKeyOf(time: string): number | undefined {
  const plain = Number(time);
  if (time.trim() !== '' && Number.isFinite(plain)) return plain;
  const match = /^(\d{4})-(early|mid|late)$/.exec(time.trim());
  return match ? Number(match[1]) + PARTS[match[2]!]! : undefined;
}
