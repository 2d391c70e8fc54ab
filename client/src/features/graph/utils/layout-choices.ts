/** The layouts the chooser offers, in its order; `camps` is the default. */
export const LAYOUT_CHOICES = [
  { id: 'camps', label: 'Camps', hint: 'LLM camp left, world models right, neutral below.' },
  {
    id: 'fcose',
    label: 'Force-directed',
    hint: 'Related entities pulled together, camps ignored.',
  },
  {
    id: 'concentric',
    label: 'Concentric',
    hint: 'One ring per number of relationships; hubs inside.',
  },
  {
    id: 'hierarchy',
    label: 'Hierarchy',
    hint: 'Investors, rounds, companies, products, technologies, challenges: top to bottom.',
  },
  { id: 'circle', label: 'Circle', hint: 'One ring, grouped by camp, then kind.' },
] as const;

export type LayoutId = (typeof LAYOUT_CHOICES)[number]['id'];

export const DEFAULT_LAYOUT: LayoutId = 'camps';

/** The layout an exploration's `layout` names, or the default for anything unknown. */
export function layoutIdOf(layout: string | undefined): LayoutId {
  return LAYOUT_CHOICES.find((choice) => choice.id === layout)?.id ?? DEFAULT_LAYOUT;
}

/** The layout after `id` in the chooser's order, round to the first. */
export function nextLayout(id: LayoutId): LayoutId {
  const index = LAYOUT_CHOICES.findIndex((choice) => choice.id === id);
  return LAYOUT_CHOICES[(index + 1) % LAYOUT_CHOICES.length]!.id;
}
