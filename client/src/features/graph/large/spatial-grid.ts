/** A box in model coordinates. */
export interface ModelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * A uniform grid over node centres, for "which nodes are in this box" and "which node is nearest
 * this point" in time that depends on the answer, not on the graph. Built in linear time from
 * flat positions (x, y per node); rebuild it when positions change.
 */
export class SpatialGrid {
  private readonly x0: number;
  private readonly y0: number;
  private readonly cell: number;
  private readonly columns: number;
  private readonly rows: number;
  /** Start of each cell's run in `items`; one extra entry closes the last run. */
  private readonly starts: Int32Array;
  private readonly items: Int32Array;

  /**
   * `include(i)` leaves nodes out (filtered ones); `cellSize` defaults to one that puts about
   * two nodes in a cell.
   */
  constructor(
    private readonly positions: Float64Array,
    count: number,
    include: (index: number) => boolean = () => true,
    cellSize?: number,
  ) {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      if (!include(i)) continue;
      kept++;
      const x = positions[2 * i]!;
      const y = positions[2 * i + 1]!;
      if (x < x1) x1 = x;
      if (x > x2) x2 = x;
      if (y < y1) y1 = y;
      if (y > y2) y2 = y;
    }
    if (kept === 0) {
      x1 = y1 = 0;
      x2 = y2 = 1;
    }
    const area = Math.max(1, (x2 - x1) * (y2 - y1));
    this.cell = cellSize ?? Math.max(8, Math.sqrt((area * 2) / Math.max(1, kept)));
    this.x0 = x1;
    this.y0 = y1;
    this.columns = Math.max(1, Math.floor((x2 - x1) / this.cell) + 1);
    this.rows = Math.max(1, Math.floor((y2 - y1) / this.cell) + 1);
    const cells = this.columns * this.rows;
    const counts = new Int32Array(cells + 1);
    const cellOf = new Int32Array(count).fill(-1);
    for (let i = 0; i < count; i++) {
      if (!include(i)) continue;
      const c = this.cellIndex(positions[2 * i]!, positions[2 * i + 1]!);
      cellOf[i] = c;
      counts[c + 1]! += 1;
    }
    for (let c = 0; c < cells; c++) counts[c + 1]! += counts[c]!;
    this.starts = counts;
    this.items = new Int32Array(kept);
    const fill = counts.slice(0, cells);
    for (let i = 0; i < count; i++) {
      const c = cellOf[i]!;
      if (c >= 0) this.items[fill[c]!++] = i;
    }
  }

  private column(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));
  }

  private cellIndex(x: number, y: number): number {
    return this.row(y) * this.columns + this.column(x);
  }

  /** Calls `visit` for every node whose centre lies in `box`; stops early when it returns false. */
  forEachIn(box: ModelBox, visit: (index: number) => boolean | void): void {
    const c1 = this.column(box.x1);
    const c2 = this.column(box.x2);
    const r1 = this.row(box.y1);
    const r2 = this.row(box.y2);
    const p = this.positions;
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const cell = r * this.columns + c;
        for (let k = this.starts[cell]!; k < this.starts[cell + 1]!; k++) {
          const i = this.items[k]!;
          const x = p[2 * i]!;
          const y = p[2 * i + 1]!;
          if (x < box.x1 || x > box.x2 || y < box.y1 || y > box.y2) continue;
          if (visit(i) === false) return;
        }
      }
    }
  }

  /** How many nodes lie in `box`, counting no further than `cap`. */
  countIn(box: ModelBox, cap = Infinity): number {
    let count = 0;
    this.forEachIn(box, () => {
      count++;
      return count < cap;
    });
    return count;
  }

  /**
   * Nodes whose centre is within `radius` of (x, y), nearest first; `reach(i)` widens the radius
   * per node (its own size, at most `maxReach`), so a big node is found anywhere on its body.
   */
  near(
    x: number,
    y: number,
    radius: number,
    reach: (index: number) => number = () => 0,
    maxReach = 0,
  ): number[] {
    const found: [number, number][] = [];
    const p = this.positions;
    const margin = radius + maxReach;
    this.forEachIn({ x1: x - margin, y1: y - margin, x2: x + margin, y2: y + margin }, (i) => {
      const d = Math.hypot(p[2 * i]! - x, p[2 * i + 1]! - y);
      if (d <= radius + reach(i)) found.push([i, d - reach(i)]);
    });
    return found.sort((a, b) => a[1] - b[1]).map(([i]) => i);
  }
}
