/** A point in model coordinates (or pixels, where a name says so). */
export interface Point {
  x: number;
  y: number;
}
