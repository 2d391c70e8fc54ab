import type { GraphModel } from '../../../lib/graph-model.ts';
import type { VisibleSet } from '../utils/visibility.ts';
import { AmountFilter } from './amount-filter.tsx';
import { CommunityLegend } from './community-legend.tsx';
import { EvidenceFilter, type EvidenceFilterProps } from './evidence-filter.tsx';
import { RelationshipFilters } from './relationship-filters.tsx';
import './explore-filters.css';

export interface ExploreFiltersProps extends Omit<EvidenceFilterProps, 'graph'> {
  graph: GraphModel;
  visible: VisibleSet;
  hiddenTypes: readonly string[];
  amount: [number, number] | undefined;
  onToggleType: (type: string) => void;
  onAmount: (range: [number, number] | undefined) => void;
}

/** The Explore tab's filters below the legend: relationship types, amounts and evidence. */
export function ExploreFilters(props: ExploreFiltersProps) {
  return (
    <>
      <EvidenceFilter {...props} />
      <RelationshipFilters
        graph={props.graph}
        visible={props.visible}
        hiddenTypes={props.hiddenTypes}
        onToggle={props.onToggleType}
      />
      <AmountFilter range={props.amount} onChange={props.onAmount} />
    </>
  );
}

/** The community legend, in the same chunk as the other below-the-legend parts. */
export { CommunityLegend };
