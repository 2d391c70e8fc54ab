import { AppearanceControls } from '../features/analysis/components/appearance-controls.tsx';
import {
  LazyCommunityLegend,
  LazyExploreFilters,
} from '../features/analysis/components/lazy-explore-filters.tsx';
import type { CanvasAnalysis } from '../features/analysis/hooks/use-canvas-analysis.ts';
import type { Theme } from '../lib/theme.ts';
import { toggleCamp } from '../features/analysis/utils/camp-filter.ts';
import { GraphLegend } from '../features/graph/components/graph-legend.tsx';
import { LayoutSelect } from '../features/graph/components/layout-select.tsx';
import { layoutIdOf } from '../features/graph/utils/layout-choices.ts';
import type { ApiSource } from '../lib/api-types.ts';
import type { Exploration } from '../lib/exploration/exploration.ts';
import { UsageTips } from './usage-tips.tsx';

interface ExploreTabProps {
  exploration: Exploration;
  analysis: CanvasAnalysis;
  /** Counts over the whole database when only its summary is drawn. */
  totals: { kinds: ReadonlyMap<string, number>; camps: ReadonlyMap<string, number> } | null;
  theme: Theme;
  sources: ReadonlyMap<string, ApiSource>;
  webgl: boolean;
  webglAvailable: boolean;
  onShowDisputed: (ids: string[]) => void;
}

/** The Explore tab: layout, sizes and colours, the legend with its filters, and usage tips. */
export function ExploreTab(props: ExploreTabProps) {
  const { exploration, analysis, sources } = props;
  const { graph, state, dispatch } = exploration;
  return (
    <>
      <LayoutSelect
        value={layoutIdOf(state.layout)}
        onChange={(next) => dispatch({ type: 'set-layout', layout: next })}
      />
      <AppearanceControls
        sizeBy={state.sizeBy}
        colorBy={state.colorBy}
        nodeCount={graph.nodes.size}
        webgl={props.webgl}
        webglAvailable={props.webglAvailable}
        onWebgl={(on) => dispatch({ type: 'set-webgl', webgl: on })}
        onSizeBy={(sizeBy) => dispatch({ type: 'set-size-by', sizeBy })}
        onColorBy={(colorBy) =>
          dispatch({ type: 'set-colour-by', colorBy: colorBy === 'kind' ? undefined : colorBy })
        }
      />
      {analysis.communities && <LazyCommunityLegend communities={analysis.communities} />}
      <GraphLegend
        graph={graph}
        totals={props.totals}
        visible={analysis.visible}
        hiddenKinds={state.hiddenKinds}
        camps={state.camps}
        theme={props.theme}
        onToggleKind={(kind) => dispatch({ type: 'toggle-kind', kind })}
        onToggleCamp={(camp) =>
          dispatch({ type: 'set-camps', camps: toggleCamp(state.camps, camp) })
        }
      />
      <LazyExploreFilters
        graph={graph}
        visible={analysis.visible}
        hiddenTypes={state.hiddenTypes}
        amount={state.amount}
        onToggleType={(type) =>
          dispatch({ type: 'toggle-relationship-type', relationshipType: type })
        }
        onAmount={(range) => dispatch({ type: 'set-amount-range', range })}
        sources={sources}
        minSources={Number(state.minSources ?? 1)}
        knownOn={state.knownOn}
        onMinSources={(least) => dispatch({ type: 'set-min-sources', minSources: least })}
        onKnownOn={(knownOn) => dispatch({ type: 'set-known-on', knownOn })}
        onShowDisputed={props.onShowDisputed}
      />
      <UsageTips />
    </>
  );
}
