import type { KindShape } from '../../../lib/entity-kinds.ts';

/** SVG outlines in a 20×20 box matching Cytoscape's node shapes, for the legend. */
const OUTLINES: Record<KindShape, string> = {
  'round-rectangle': 'M5 3h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z',
  ellipse: 'M10 2.5a7.5 7.5 0 1 1 0 15a7.5 7.5 0 1 1 0-15z',
  'round-hexagon': 'M6 3h8l4 7-4 7H6l-4-7z',
  'round-diamond': 'M10 2l8 8-8 8-8-8z',
  'round-tag': 'M3 3h9l5 7-5 7H3z',
  'round-triangle': 'M10 2.5l8 14.5H2z',
};

interface KindShapeProps {
  shape: KindShape;
  color: string;
  ink: string;
  dashed?: boolean;
}

/** A small swatch in a kind's shape and colour. */
export function KindShapeIcon({ shape, color, ink, dashed }: KindShapeProps) {
  return (
    <svg className="kind-shape" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      <path
        d={OUTLINES[shape]}
        fill={color}
        stroke={ink}
        strokeWidth={dashed ? 2 : 1.4}
        strokeDasharray={dashed ? '3 2' : undefined}
        strokeLinejoin="round"
      />
    </svg>
  );
}
