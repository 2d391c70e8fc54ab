import './canvas-toolbar.css';
interface CanvasToolbarProps {
  /** What is drawn shows as tables, in place of the graph. */
  tableShown: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Selected entities (nodes), by id. */
  selectedNodes: number;
  /** Whether something is hidden or filtered out. */
  anythingHidden: boolean;
  /** The selected entity can be collapsed: it was expanded. */
  canCollapse: boolean;
  /** Some selected entity is pinned. */
  canUnpin: boolean;
  onToggleTable: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onHideSelected: () => void;
  onHideOthers: () => void;
  onShowAll: () => void;
  onCollapse: () => void;
  onUnpin: () => void;
}

interface ToolProps {
  testId: string;
  label: string;
  keys: string;
  disabled: boolean;
  onClick: () => void;
  /** SVG path(s) in a 16×16 box. */
  icon: string;
  /** Shows the label next to the icon. */
  wide?: boolean;
  /** A toggle: whether it is on. */
  pressed?: boolean;
  /** The tooltip's words, when the label alone says too little. */
  hint?: string;
}

function Tool({ testId, label, keys, disabled, onClick, icon, wide, pressed, hint }: ToolProps) {
  const classes = ['canvas-toolbar__tool'];
  if (wide) classes.push('canvas-toolbar__tool--wide');
  if (pressed) classes.push('canvas-toolbar__tool--pressed');
  return (
    <button
      type="button"
      className={classes.join(' ')}
      data-testid={testId}
      aria-label={label}
      aria-pressed={pressed}
      title={`${hint ?? label} (${keys})`}
      disabled={disabled}
      onClick={onClick}
    >
      <svg className="line-icon" viewBox="0 0 16 16" aria-hidden="true">
        <path d={icon} />
      </svg>
      {wide && <span>{label}</span>}
    </button>
  );
}

/**
 * The graph or its tables; undo and redo; then what can be done to the selection and to what is
 * hidden, over the canvas.
 */
export function CanvasToolbar(props: CanvasToolbarProps) {
  const none = props.selectedNodes === 0;
  return (
    <div className="toolbar canvas-toolbar" role="toolbar" aria-label="Canvas actions">
      <Tool
        testId="table-toggle"
        label="Table"
        hint={props.tableShown ? 'Back to the graph' : 'Show what is drawn as tables'}
        keys="T"
        disabled={false}
        pressed={props.tableShown}
        onClick={props.onToggleTable}
        icon="M2 3h12v10H2zM2 6.5h12M2 10h12M6.5 6.5V13"
        wide
      />
      <span className="canvas-toolbar__divider" aria-hidden="true" />
      <Tool
        testId="undo"
        label="Undo"
        keys="Ctrl+Z"
        disabled={!props.canUndo}
        onClick={props.onUndo}
        icon="M5 4L2 7l3 3M2 7h7a4 4 0 0 1 0 8H7"
      />
      <Tool
        testId="redo"
        label="Redo"
        keys="Ctrl+Shift+Z"
        disabled={!props.canRedo}
        onClick={props.onRedo}
        icon="M11 4l3 3-3 3M14 7H7a4 4 0 0 0 0 8h2"
      />
      <span className="canvas-toolbar__divider" aria-hidden="true" />
      <Tool
        testId="hide-selected"
        label="Hide selected"
        keys="H"
        disabled={none}
        onClick={props.onHideSelected}
        icon="M2 8s2.5-4.5 6-4.5S14 8 14 8s-2.5 4.5-6 4.5S2 8 2 8zM3 13L13 3"
      />
      <Tool
        testId="hide-others"
        label="Hide others"
        keys="Shift+H"
        disabled={none}
        onClick={props.onHideOthers}
        icon="M2 2h12v12H2zM5.5 5.5h5v5h-5z"
      />
      <Tool
        testId="show-all"
        label="Show all"
        keys="A"
        disabled={!props.anythingHidden}
        onClick={props.onShowAll}
        icon="M2 8s2.5-4.5 6-4.5S14 8 14 8s-2.5 4.5-6 4.5S2 8 2 8zM8 6.2a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6z"
        wide
      />
      <span className="canvas-toolbar__divider" aria-hidden="true" />
      <Tool
        testId="collapse-button"
        label="Collapse"
        keys="C"
        disabled={!props.canCollapse}
        onClick={props.onCollapse}
        icon="M8 2v5M5 4.5L8 7l3-2.5M8 14V9M5 11.5L8 9l3 2.5M2 8h12"
      />
      <Tool
        testId="unpin-button"
        label="Unpin"
        keys="U"
        disabled={!props.canUnpin}
        onClick={props.onUnpin}
        icon="M6 2h4M8 2v5M4.5 7h7l-1 3h-5zM8 10v4M3 3l10 10"
      />
    </div>
  );
}
