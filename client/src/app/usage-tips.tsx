import './usage-tips.css';
/** How to drive the graph, for first-time users. */
export function UsageTips() {
  return (
    <section className="tips" aria-label="How to use">
      <h2 className="section-title">How to explore</h2>
      <ul>
        <li>
          <strong>Click</strong> an entity or relationship: details and article quotes.
        </li>
        <li>
          <strong>Double-click</strong> an entity: bring in its neighbours.
        </li>
        <li>
          <strong>Shift-click</strong> or <strong>Shift-drag</strong>: select several;{' '}
          <strong>drag</strong> an entity to pin it.
        </li>
        <li>
          <kbd>/</kbd> search · <kbd>Esc</kbd> close details · <kbd>?</kbd> all shortcuts.
        </li>
      </ul>
    </section>
  );
}
