import { SIZE_MEASURES, sizeMeasureOf } from '../utils/size-measures.ts';

/** What node colour can stand for. */
const COLOUR_CHOICES = [
  { id: 'kind', label: 'Kind' },
  { id: 'community', label: 'Community' },
] as const;

interface AppearanceControlsProps {
  sizeBy: string | undefined;
  colourBy: string | undefined;
  onSizeBy: (sizeBy: string) => void;
  onColourBy: (colourBy: string) => void;
}

/** Size by a centrality and colour by kind or community, measured on what is visible. */
export function AppearanceControls({
  sizeBy,
  colourBy,
  onSizeBy,
  onColourBy,
}: AppearanceControlsProps) {
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
            <option key={measure.id} value={measure.id}>
              {measure.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Colour by</span>
        <select
          data-testid="colour-by"
          value={colourBy === 'community' ? 'community' : 'kind'}
          onChange={(event) => onColourBy(event.target.value)}
        >
          {COLOUR_CHOICES.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <span className="field__hint">
        Measured on what is visible now. Betweenness: bridges between parts; PageRank: linked to the
        well linked; communities: Louvain.
      </span>
    </div>
  );
}
