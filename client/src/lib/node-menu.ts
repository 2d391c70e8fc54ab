/** A right-clicked entity and where, in pixels from the canvas's top left corner. */
export interface NodeMenu {
  id: string;
  x: number;
  y: number;
  /** The canvas's size, so the menu can open leftwards or upwards near an edge. */
  width: number;
  height: number;
}
