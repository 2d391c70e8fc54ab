import type { CommunitySummary } from '../utils/community-colors.ts';
import './explore-filters.css';

/** The communities colouring the graph, largest first, each named after its best-connected member. */
export function CommunityLegend({ communities }: { communities: readonly CommunitySummary[] }) {
  return (
    <section className="legend" data-testid="community-legend" aria-label="Communities">
      <h2 className="section-title">Communities</h2>
      <ul className="legend__communities">
        {communities.map((community) => (
          <li key={community.index} className="legend__community">
            <span
              className="dot"
              style={{ background: community.color, boxShadow: `0 0 0 1px ${community.ink}` }}
              aria-hidden="true"
            />
            <span className="legend__name">around {community.name}</span>
            <span className="legend__count" aria-label={`${community.size} entities`}>
              {community.size}
            </span>
          </li>
        ))}
      </ul>
      <p className="field__hint">Groups more linked inside than out; shapes still show kinds.</p>
    </section>
  );
}
