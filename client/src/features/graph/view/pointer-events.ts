import type cytoscape from 'cytoscape';
import type { Point } from '../../../lib/point.ts';
import type { GraphViewEvents } from './graph-view.ts';

function additive(event: cytoscape.EventObject): boolean {
  const original = event.originalEvent as MouseEvent | undefined;
  return Boolean(original && (original.shiftKey || original.ctrlKey || original.metaKey));
}

type Events = Pick<GraphViewEvents, 'onPick' | 'onBoxSelect' | 'onExpand' | 'onPin' | 'onNodeMenu'>;

/**
 * What a person does with the pointer on the elements Cytoscape holds: a click picks a node or
 * edge (on empty space, clears), Shift/Ctrl/Cmd-click adds to the selection, Shift-drag draws a
 * selection box, a double-click on a node picks it and asks to expand it, hover lights up an
 * element and its edges, a drag pins what was dragged, and a right-click (or long press) on a
 * node asks for its menu, which any click, pan or zoom closes.
 *
 * While no panel is open, a plain click picks only once Cytoscape knows it was not the first half
 * of a double-click ('onetap'): opening the panel narrows the canvas, and the second click of a
 * double-click must land on the same node. With a panel open, clicks act at once.
 */
export class PointerEvents {
  private panelOpen = false;
  private boxed: string[] = [];
  private dropped: Record<string, Point> | null = null;

  /** `boxes` false: someone else reports box selections (a large graph, from its grid). */
  constructor(
    private readonly cy: cytoscape.Core,
    private readonly events: Events,
    private readonly boxes = true,
  ) {
    cy.on('tap', this.onTap);
    cy.on('onetap', this.onSingleTap);
    cy.on('dbltap', 'node', this.onDoubleTap);
    if (boxes) {
      cy.on('box', 'node', this.onBox);
      cy.on('boxend', this.onBoxEnd);
    }
    cy.on('mouseover', 'node, edge', this.onOver);
    cy.on('mouseout', 'node, edge', this.onOut);
    cy.on('dragfree', 'node', this.onDragFree);
    cy.on('cxttap', 'node', this.onMenu);
    cy.on('tap viewport', this.onDismiss);
  }

  setPanelOpen(open: boolean): void {
    this.panelOpen = open;
  }

  destroy(): void {
    const { cy } = this;
    cy.off('tap', this.onTap);
    cy.off('onetap', this.onSingleTap);
    cy.off('dbltap', 'node', this.onDoubleTap);
    if (this.boxes) {
      cy.off('box', 'node', this.onBox);
      cy.off('boxend', this.onBoxEnd);
    }
    cy.off('mouseover', 'node, edge', this.onOver);
    cy.off('mouseout', 'node, edge', this.onOut);
    cy.off('dragfree', 'node', this.onDragFree);
    cy.off('cxttap', 'node', this.onMenu);
    cy.off('tap viewport', this.onDismiss);
    this.events.onNodeMenu(null);
  }

  private setCursor(cursor: string): void {
    const container = this.cy.container();
    if (container) container.style.cursor = cursor;
  }

  private readonly onTap = (event: cytoscape.EventObject) => {
    const target = event.target as cytoscape.Core | cytoscape.SingularElementReturnValue;
    const isAdditive = additive(event);
    if (target === this.cy) return this.events.onPick({ id: null, additive: isAdditive });
    if (this.panelOpen || isAdditive) {
      const id = (target as cytoscape.SingularElementReturnValue).id();
      this.events.onPick({ id, additive: isAdditive });
    }
  };

  private readonly onSingleTap = (event: cytoscape.EventObject) => {
    const target = event.target as cytoscape.Core | cytoscape.SingularElementReturnValue;
    if (target === this.cy || additive(event)) return;
    this.events.onPick({
      id: (target as cytoscape.SingularElementReturnValue).id(),
      additive: false,
    });
  };

  private readonly onDoubleTap = (event: cytoscape.EventObject) => {
    const node = event.target as cytoscape.NodeSingular;
    this.events.onPick({ id: node.id(), additive: false });
    this.events.onExpand(node.id());
  };

  /** Cytoscape announces the end of a box before it selects what the box holds. */
  private readonly onBox = (event: cytoscape.EventObject) => {
    this.boxed.push((event.target as cytoscape.NodeSingular).id());
  };

  private readonly onBoxEnd = () => {
    this.boxed = [];
    queueMicrotask(() => {
      if (this.boxed.length > 0) this.events.onBoxSelect(this.boxed);
    });
  };

  private readonly onOver = (event: cytoscape.EventObject) => {
    const element = event.target as cytoscape.SingularElementReturnValue;
    element.addClass('hover');
    if (element.isNode()) element.connectedEdges().addClass('hover');
    this.setCursor('pointer');
  };

  private readonly onOut = (event: cytoscape.EventObject) => {
    const element = event.target as cytoscape.SingularElementReturnValue;
    element.removeClass('hover');
    if (element.isNode()) element.connectedEdges().removeClass('hover');
    this.setCursor('');
  };

  private readonly onMenu = (event: cytoscape.EventObject) => {
    const node = event.target as cytoscape.NodeSingular;
    // A menu asked for without a pointer (a script, a key) opens at the node.
    const { x, y } = event.renderedPosition ?? node.renderedPosition();
    this.events.onNodeMenu({
      id: node.id(),
      x,
      y,
      width: this.cy.width(),
      height: this.cy.height(),
    });
  };

  private readonly onDismiss = () => {
    this.events.onNodeMenu(null);
  };

  /** Every node of a group drag reports on its own; they are gathered into one pin. */
  private readonly onDragFree = (event: cytoscape.EventObject) => {
    const node = event.target as cytoscape.NodeSingular;
    if (!this.dropped) {
      this.dropped = {};
      queueMicrotask(() => {
        if (this.dropped) this.events.onPin(this.dropped);
        this.dropped = null;
      });
    }
    this.dropped[node.id()] = { ...node.position() };
  };
}
