/** A view address: `/?view=<id>&<param>=<value>…`, values as text. */
export interface ViewLink {
  viewId: string;
  params: Record<string, string>;
}

/** What a view may name a parameter (as the server checks it); `x-…` keys are never one. */
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The view and parameter values a page address names, or null for the whole ecosystem. Keys
 * that cannot be parameter names (such as the exploration's `x-…` keys) are left to others.
 */
export function viewLinkFrom(search: string): ViewLink | null {
  const query = new URLSearchParams(search);
  const viewId = query.get('view')?.trim();
  if (!viewId) return null;
  const params: Record<string, string> = {};
  for (const [key, value] of query) {
    if (key !== 'view' && PARAM_NAME.test(key)) params[key] = value;
  }
  return { viewId, params };
}

/** The address that reopens a view with these values. */
export function viewHref(
  viewId: string,
  params: Readonly<Record<string, string | number | boolean>>,
): string {
  const query = new URLSearchParams({ view: viewId });
  for (const [key, value] of Object.entries(params)) query.set(key, String(value));
  return `/?${query}`;
}

/** The address of the whole ecosystem, keeping a `?limit=N` the page was opened with. */
export function ecosystemHref(limit: number | undefined): string {
  return limit === undefined ? '/' : `/?limit=${limit}`;
}
