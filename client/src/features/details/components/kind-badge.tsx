import type { CSSProperties } from 'react';
import type { Camp } from '../../../lib/api-types.ts';
import { CAMP_INFO } from '../../../lib/camps.ts';
import { labelStyle } from '../../../lib/entity-kinds.ts';

/** A label as a coloured pill, in the colour the graph uses for it. */
export function KindBadge({ label }: { label: string }) {
  const style = labelStyle(label);
  return (
    <span
      className="badge badge--kind"
      style={{ '--kind-color': style.color, '--kind-ink': style.ink } as CSSProperties}
    >
      <span className="dot" style={{ background: style.color }} aria-hidden="true" />
      {style.name}
    </span>
  );
}

/** The camp as a tinted pill. */
export function CampBadge({ camp }: { camp: Camp }) {
  const info = CAMP_INFO[camp];
  return (
    <span
      className={`badge badge--camp badge--camp-${camp}`}
      style={{ background: info.tint, color: info.ink, borderColor: info.ink }}
      title={info.meaning}
    >
      {info.name}
    </span>
  );
}
