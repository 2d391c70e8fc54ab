import {
  MEASURED_GRAPH_MAX,
  SIZE_MEASURES,
  measureAllowed,
  sizeMeasureOf,
} from '../utils/size-measures.ts';
import './explore-filters.css';

/** What node colour can stand for. */
const COLOUR_CHOICES = [
  { id: 'kind', label: 'Kind' },
  { id: 'community', label: 'Community' },
] as const;

interface AppearanceControlsProps {
  sizeBy: string | undefined;
  colorBy: string | undefined;
  /** Entities on the canvas: measures that take long are offered on small graphs only. */
  nodeCount: number;
  /** Whether Cytoscape's experimental WebGL renderer is chosen, and whether it can run here. */
  webgl: boolean;
  webglAvailable: boolean;
  onSizeBy: (sizeBy: string) => void;
  onColorBy: (colorBy: string) => void;
  onWebgl: (on: boolean) => void;
}

/**
 * Size by a centrality and colour by kind or community, measured on what is visible; and the
 * renderer switch (WebGL, experimental, off by default).
 */
export function AppearanceControls({
  sizeBy,
  colorBy,
  nodeCount,
  webgl,
  webglAvailable,
  onSizeBy,
  onColorBy,
  onWebgl,
}: AppearanceControlsProps) {
  const large = nodeCount > MEASURED_GRAPH_MAX;
  return (
    <div className="appearance">
      <label className="field">
        <span className="field__label">Size by</span>
        <select
          data-testid="size-by"
          value={sizeMeasureOf(sizeBy)}
          onChange={(event) => onSizeBy(event.target.value)}
        >
          {SIZE_MEASURES.map((measure) => (
            <option
              key={measure.id}
              value={measure.id}
              disabled={!measureAllowed(measure.id, nodeCount)}
            >
              {measure.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Colour by</span>
        <select
          data-testid="colour-by"
          value={colorBy === 'community' ? 'community' : 'kind'}
          onChange={(event) => onColorBy(event.target.value)}
        >
          {COLOUR_CHOICES.map((choice) => (
            <option
              key={choice.id}
              value={choice.id}
              disabled={choice.id === 'community' && !measureAllowed('community', nodeCount)}
            >
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <span className="field__hint">
        {large
          ? `Betweenness, PageRank and communities are measured on graphs of up to ${MEASURED_GRAPH_MAX.toLocaleString('en')} entities.`
          : 'Measured on what is visible now. Betweenness: bridges between parts; PageRank: linked to the well linked; communities: Louvain.'}
      </span>
      <label
        className="toggle-field"
        title={
          webglAvailable
            ? 'Draw with the GPU. Experimental: some styles are simplified.'
            : 'This browser has no WebGL 2.'
        }
      >
        <input
          type="checkbox"
          data-testid="webgl-toggle"
          checked={webgl && webglAvailable}
          disabled={!webglAvailable}
          onChange={(event) => onWebgl(event.target.checked)}
        />
        <span>
          WebGL renderer <span className="badge-experimental">experimental</span>
        </span>
      </label>
    </div>
  );
}
