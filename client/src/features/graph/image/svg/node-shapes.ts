/**
 * Outlines of Cytoscape's node shapes as SVG, in a node's own box (centre cx,cy, size w×h).
 * The polygons use the same unit points Cytoscape draws with, so the export matches the canvas.
 */

type Point = [number, number];

/** Unit polygons in [-1, 1]², as Cytoscape defines them. */
function regularPolygon(sides: number, rotation: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = rotation + (2 * Math.PI * i) / sides;
    points.push([Math.cos(angle), Math.sin(angle)]);
  }
  // Cytoscape stretches each n-gon to fill its square box.
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  return points.map(([x, y]) => [
    ((x - minX) / (maxX - minX)) * 2 - 1,
    ((y - minY) / (maxY - minY)) * 2 - 1,
  ]);
}

const polygons: Record<string, Point[]> = {
  triangle: regularPolygon(3, -Math.PI / 2),
  pentagon: regularPolygon(5, -Math.PI / 2),
  hexagon: regularPolygon(6, 0),
  heptagon: regularPolygon(7, -Math.PI / 2),
  octagon: regularPolygon(8, Math.PI / 8),
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  tag: [
    [-1, -1],
    [1 / 3, -1],
    [1, 0],
    [1 / 3, 1],
    [-1, 1],
  ],
  vee: [
    [-1, -1],
    [0, -1 / 3],
    [1, -1],
    [0, 1],
  ],
  rhomboid: [
    [-1, -1],
    [1 / 3, -1],
    [1, 1],
    [-1 / 3, 1],
  ],
  star: (() => {
    const points: Point[] = [];
    for (let i = 0; i < 10; i++) {
      const radius = i % 2 === 0 ? 1 : 0.382;
      const angle = -Math.PI / 2 + (Math.PI * i) / 5;
      points.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
    }
    return points;
  })(),
};

const round = (value: number) => Math.round(value * 100) / 100;

/** The SVG element drawing `shape`, without its paint attributes (the caller adds them). */
export function shapeElement(shape: string, cx: number, cy: number, w: number, h: number): string {
  const base = shape.replace(/^(round|cut|bottom-round)-?/, '');
  if (shape === 'ellipse') {
    return `<ellipse cx="${round(cx)}" cy="${round(cy)}" rx="${round(w / 2)}" ry="${round(h / 2)}"`;
  }
  if (base === 'rectangle' || base === 'roundrectangle') {
    const rounded = shape !== 'rectangle';
    const radius = rounded ? Math.min(w, h) * 0.25 : 0;
    return `<rect x="${round(cx - w / 2)}" y="${round(cy - h / 2)}" width="${round(w)}" height="${round(h)}" rx="${round(radius)}"`;
  }
  const unit = polygons[base] ?? polygons[shape];
  if (!unit) {
    return `<ellipse cx="${round(cx)}" cy="${round(cy)}" rx="${round(w / 2)}" ry="${round(h / 2)}"`;
  }
  const points = unit.map(([x, y]) => `${round(cx + (x * w) / 2)},${round(cy + (y * h) / 2)}`);
  return `<polygon points="${points.join(' ')}"`;
}
