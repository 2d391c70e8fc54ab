import type { ViewSummaryPayload } from '../../../lib/api-types.ts';

/** Views under one category heading. */
export interface ViewGroup {
  category: string;
  views: ViewSummaryPayload[];
}

/**
 * Views grouped by category: categories holding users' own views first (what people come back
 * to), then the rest, each part alphabetical; within one, built-in views first, then the users'
 * own, each alphabetical by title.
 */
export function groupViews(views: readonly ViewSummaryPayload[]): ViewGroup[] {
  const groups = new Map<string, ViewSummaryPayload[]>();
  for (const view of views) {
    const category = view.category.trim() || 'Other';
    groups.set(category, [...(groups.get(category) ?? []), view]);
  }
  const hasOwn = (members: ViewSummaryPayload[]) => members.some((view) => !view.builtin);
  return [...groups.entries()]
    .sort(
      ([a, aViews], [b, bViews]) =>
        Number(hasOwn(bViews)) - Number(hasOwn(aViews)) || a.localeCompare(b),
    )
    .map(([category, members]) => ({
      category,
      views: members.sort(
        (a, b) => Number(b.builtin) - Number(a.builtin) || a.title.localeCompare(b.title),
      ),
    }));
}
