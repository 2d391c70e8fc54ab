/**
 * The `?limit=N` of the page address: load only the first N entities, then grow the view by
 * expanding. Undefined (the whole graph) when absent or not a positive whole number.
 */
export function graphLimitFrom(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('limit');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const limit = Number(raw);
  return limit > 0 ? limit : undefined;
}
