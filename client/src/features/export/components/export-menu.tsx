import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import './export-menu.css';
import type { ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { GraphCanvasHandle } from '../../../lib/canvas-handle.ts';
import type { DataFormat } from '../export-data.ts';
import { useExporter, type ExportContext, type ImageChoices } from '../hooks/use-exporter.ts';

interface ExportMenuProps {
  canvas: RefObject<GraphCanvasHandle | null>;
  graph: GraphModel;
  context: ExportContext;
  sources: ReadonlyMap<string, ApiSource>;
}

const dataFormats: { format: DataFormat; label: string; hint: string }[] = [
  { format: 'json', label: 'JSON', hint: 'nodes and edges as the API gives them' },
  { format: 'cytoscape-json', label: 'Cytoscape JSON', hint: 'with positions, for Cytoscape' },
  { format: 'csv', label: 'CSV', hint: 'nodes.csv and edges.csv, zipped' },
  { format: 'graphml', label: 'GraphML', hint: 'for Gephi, yEd and networkx' },
];

const initialChoices: ImageChoices = {
  format: 'png',
  area: 'full',
  scale: 2,
  background: 'white',
  legend: true,
  caption: false,
};

interface ChoiceCheckProps {
  /** The yes-or-no choice the box turns on and off. */
  choice: 'legend' | 'caption';
  choices: ImageChoices;
  set: (key: 'legend' | 'caption', value: boolean) => void;
  /** What the box says. */
  children: ReactNode;
}

/** A yes-or-no choice of the image, as a checkbox with its words. */
function ChoiceCheck({ choice, choices, set, children }: ChoiceCheckProps) {
  return (
    <label className="export-menu__check">
      <input
        type="checkbox"
        data-testid={`export-${choice}`}
        checked={choices[choice]}
        onChange={(event) => set(choice, event.target.checked)}
      />
      {children}
    </label>
  );
}

/** The Export button over the graph and its menu: images of the graph, and its data. */
export function ExportMenu({ canvas, graph, context, sources }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<ImageChoices>(initialChoices);
  const [sizing, setSizing] = useState<'scale' | 'width'>('scale');
  const [width, setWidth] = useState(4000);
  const exporter = useExporter(canvas, graph, context, sources);
  const root = useRef<HTMLDivElement>(null);
  const busy = exporter.progress !== null;

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !root.current?.contains(event.target as Node)
      ) {
        setOpen(false);
      }
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const set = <K extends keyof ImageChoices>(key: K, value: ImageChoices[K]) =>
    setChoices((previous) => ({ ...previous, [key]: value }));
  const transparentAllowed = choices.format !== 'jpeg';
  const imageRequest = (): ImageChoices => ({
    ...choices,
    background:
      !transparentAllowed && choices.background === 'transparent' ? 'white' : choices.background,
    width: sizing === 'width' ? width : undefined,
  });

  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        className="export-menu__toggle"
        data-testid="export-button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="line-icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" />
        </svg>
        Export
      </button>
      {open && (
        <div
          className="popup export-menu__panel"
          role="dialog"
          aria-label="Export"
          data-testid="export-menu"
        >
          <fieldset className="export-menu__group">
            <legend>Image</legend>
            <div className="export-menu__row" role="radiogroup" aria-label="Image format">
              {(['png', 'jpeg', 'svg'] as const).map((format) => (
                <label key={format} className="export-menu__choice">
                  <input
                    type="radio"
                    name="export-format"
                    data-testid={`export-format-${format}`}
                    checked={choices.format === format}
                    onChange={() => set('format', format)}
                  />
                  {format.toUpperCase()}
                </label>
              ))}
            </div>
            <label className="export-menu__field">
              <span>Area</span>
              <select
                data-testid="export-area"
                value={choices.area}
                onChange={(event) => set('area', event.target.value as ImageChoices['area'])}
              >
                <option value="full">Whole graph</option>
                <option value="viewport">Visible area</option>
              </select>
            </label>
            <label className="export-menu__field">
              <span>Size</span>
              <span className="export-menu__inline">
                <select
                  data-testid="export-sizing"
                  value={sizing === 'width' ? 'width' : String(choices.scale)}
                  onChange={(event) => {
                    if (event.target.value === 'width') setSizing('width');
                    else {
                      setSizing('scale');
                      set('scale', Number(event.target.value));
                    }
                  }}
                >
                  {[1, 2, 3, 4].map((scale) => (
                    <option key={scale} value={scale}>
                      {scale}×
                    </option>
                  ))}
                  <option value="width">Width in pixels…</option>
                </select>
                {sizing === 'width' && (
                  <input
                    type="number"
                    min={100}
                    max={40000}
                    step={100}
                    aria-label="Width in pixels"
                    data-testid="export-width"
                    value={width}
                    onChange={(event) => setWidth(Math.max(100, Number(event.target.value) || 0))}
                  />
                )}
              </span>
            </label>
            <label className="export-menu__field">
              <span>Background</span>
              <select
                data-testid="export-background"
                value={choices.background}
                onChange={(event) =>
                  set('background', event.target.value as ImageChoices['background'])
                }
              >
                <option value="white">White</option>
                <option value="dark">Dark</option>
                <option value="transparent" disabled={!transparentAllowed}>
                  Transparent{transparentAllowed ? '' : ' (PNG, SVG)'}
                </option>
              </select>
            </label>
            <ChoiceCheck choice="legend" choices={choices} set={set}>
              Include the legend
            </ChoiceCheck>
            <ChoiceCheck choice="caption" choices={choices} set={set}>
              Include a caption (title, parameters, date, numbered sources)
            </ChoiceCheck>
            <button
              type="button"
              className="button button--primary"
              data-testid="export-image-download"
              disabled={busy}
              onClick={() => void exporter.download({ kind: 'image', choices: imageRequest() })}
            >
              Download {choices.format.toUpperCase()}
            </button>
          </fieldset>
          <fieldset className="export-menu__group">
            <legend>Data of what is shown</legend>
            <ul className="export-menu__data">
              {dataFormats.map((item) => (
                <li key={item.format}>
                  <button
                    type="button"
                    className="button"
                    data-testid={`export-data-${item.format}`}
                    disabled={busy}
                    onClick={() => void exporter.download({ kind: 'data', format: item.format })}
                  >
                    {item.label}
                  </button>
                  <span>{item.hint}</span>
                </li>
              ))}
            </ul>
          </fieldset>
          {busy && (
            <div
              className="panel__status export-menu__progress"
              role="status"
              data-testid="export-progress"
            >
              <progress max={1} value={exporter.progress ?? 0} />
              Exporting… {Math.round((exporter.progress ?? 0) * 100)}%
            </div>
          )}
          {exporter.error && (
            <p className="export-menu__error" role="alert" data-testid="export-error">
              {exporter.error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
