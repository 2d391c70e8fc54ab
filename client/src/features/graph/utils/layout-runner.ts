import type cytoscape from 'cytoscape';
import { computePositions, type Nudge } from './compute-positions.ts';
import type { LayoutPlan } from './force-plan.ts';
import { boxAfterMove, framing } from '../../../lib/viewport.ts';
import type { Point } from '../../../lib/point.ts';
import { motionMs } from '../../../lib/motion.ts';

/** How a computed arrangement is shown. */
export interface LayoutMotion {
  /** Frame the result in the viewport when it lands. */
  fit: boolean;
  /** Length of the glide to the new positions, in ms. */
  duration: number;
  /** Which nodes may be nudged off edges after the layout (see computePositions). */
  nudge: Nudge;
  /** Nodes that keep these positions whatever the layout says: the ones pinned by a drag. */
  fixed?: ReadonlyMap<string, Point>;
}

/** The nudge of `motion` with its fixed nodes taken out of the movable ones. */
function nudgeAround(nodes: cytoscape.NodeCollection, motion: LayoutMotion): Nudge {
  const fixed = motion.fixed;
  if (motion.nudge === false || !fixed || fixed.size === 0) return motion.nudge;
  const movable = motion.nudge.movable ?? new Set(nodes.map((node) => node.id()));
  return { movable: new Set([...movable].filter((id) => !fixed.has(id))) };
}

interface Run {
  layout: cytoscape.Layouts | null;
  /** Settles the run once, whether it stopped by itself or was replaced. */
  finish: () => void;
}

/**
 * Runs one layout at a time on a graph: computes the arrangement instantly, then glides the
 * nodes there. A new run stops the one still animating, and `onBusyChange` reports when
 * layouts start and end so the page can show progress.
 */
export class LayoutRunner {
  private current: Run | null = null;
  private active = 0;
  private idleCallbacks: (() => void)[] = [];

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly onBusyChange: (busy: boolean) => void,
  ) {}

  /** True while a layout is queued, computes or animates. */
  get busy(): boolean {
    return this.active > 0;
  }

  /**
   * Lays out `elements` with `options`, one frame from now so a progress indicator can paint
   * before the computation blocks the thread. Resolves with true when the nodes have arrived,
   * false when a newer run replaced this one.
   */
  run(elements: cytoscape.Collection, options: LayoutPlan, motion: LayoutMotion): Promise<boolean> {
    // Count the new run before ending the old one, so `busy` does not blink false in between.
    this.changeActive(+1);
    this.current?.finish();
    return new Promise((resolve) => {
      let settled = false;
      const settle = (done: boolean) => {
        if (settled) return;
        settled = true;
        if (this.current === run) this.current = null;
        this.changeActive(-1);
        resolve(done);
      };
      const run: Run = {
        layout: null,
        finish: () => {
          if (settled) return;
          run.layout?.stop();
          settle(false);
        },
      };
      this.current = run;
      requestAnimationFrame(() => {
        if (settled) return;
        if (this.cy.destroyed()) return run.finish();
        const nodes = elements.nodes();
        const positions = computePositions(elements, options, nudgeAround(nodes, motion));
        for (const [id, position] of motion.fixed ?? []) {
          if (positions.has(id)) positions.set(id, position);
        }
        const box = motion.fit ? boxAfterMove(nodes, positions) : null;
        const view = box ? framing(this.cy, box) : null;
        const duration = motionMs(motion.duration);
        const animate = duration > 0;
        const glide = nodes.layout({
          name: 'preset',
          positions: Object.fromEntries(positions),
          // The first drawing appears in place: there is nothing yet to follow with the eye.
          animate,
          animationDuration: duration,
          animationEasing: 'ease-in-out-cubic',
          // Framing is done here rather than by the layout, which knows no zoom cap.
          fit: false,
        });
        // A framing replaces whatever viewport animation runs; without one, a reveal may go on.
        if (view) this.cy.stop();
        if (view && animate) {
          this.cy.animate(view, { duration, easing: 'ease-in-out-cubic' });
        } else if (view) {
          this.cy.viewport(view);
        }
        run.layout = glide;
        glide.one('layoutstop', () => settle(true));
        glide.run();
      });
    });
  }

  /** Calls `callback` now when no layout runs, else once the running one has finished. */
  whenIdle(callback: () => void): void {
    if (this.busy) this.idleCallbacks.push(callback);
    else callback();
  }

  /** Stops whatever runs and forgets waiting callbacks; used when the graph is destroyed. */
  stop(): void {
    this.idleCallbacks = [];
    this.current?.finish();
  }

  private changeActive(delta: number): void {
    const wasBusy = this.busy;
    this.active = Math.max(0, this.active + delta);
    if (wasBusy === this.busy) return;
    this.onBusyChange(this.busy);
    if (!this.busy) {
      const callbacks = this.idleCallbacks;
      this.idleCallbacks = [];
      for (const callback of callbacks) callback();
    }
  }
}
