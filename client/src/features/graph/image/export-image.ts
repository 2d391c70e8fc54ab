import type { Core, StylesheetJson } from 'cytoscape';
import type { LargeScene } from '../large/large-scene.ts';
import { graphStyle } from '../utils/graph-style.ts';
import { type Theme } from '../../../lib/theme.ts';
import type { ImageFormat, ImageOptions, ProgressListener } from '../../../lib/image-export.ts';
import { documentSvg, buildExportDocument } from './export-document.ts';
import { overPixelBudget } from './pixel-budget.ts';
import { rasterLarge } from './raster-large.ts';
import { svgLarge } from './svg-large.ts';
import { rasterJpeg, rasterPng } from './rasterize.ts';

/** Classes that mark transient highlights on the canvas; exports show the graph without them. */
const transientClasses = 'faded hover highlighted';

/**
 * Runs `draw` with the selection and hover highlights removed, then puts them back, so an export
 * shows the graph as styled, not as last clicked.
 */
function withoutHighlights<T>(cy: Core, draw: () => T): T {
  const selected = cy.$(':selected');
  const marked = new Map(
    transientClasses.split(' ').map((name) => [name, cy.elements(`.${name}`)] as const),
  );
  cy.batch(() => {
    selected.unselect();
    cy.elements().removeClass(transientClasses);
  });
  try {
    return draw();
  } finally {
    cy.batch(() => {
      for (const [name, elements] of marked) elements.addClass(name);
      selected.select();
    });
  }
}

/**
 * Runs `draw` with the stylesheet that suits the export's background (dark labels on white or
 * transparent, light ones on dark), whatever theme the page shows, then puts the page's back.
 */
function withStylesheetFor<T>(cy: Core, background: string, large: boolean, draw: () => T): T {
  const pageTheme: Theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  const exportTheme: Theme = background === 'dark' ? 'dark' : 'light';
  if (exportTheme === pageTheme) return draw();
  cy.style(graphStyle(exportTheme, large) as unknown as StylesheetJson);
  try {
    return draw();
  } finally {
    cy.style(graphStyle(pageTheme, large) as unknown as StylesheetJson);
  }
}

/**
 * The graph as a PNG, JPEG or SVG file, drawn from the canvas's own geometry and styles. A large
 * graph is drawn from its `scene` instead (see rasterLarge and svgLarge): Cytoscape holds only
 * the window of it in view.
 */
export async function exportImage(
  cy: Core,
  format: ImageFormat,
  options: ImageOptions,
  onProgress: ProgressListener = () => {},
  scene: LargeScene | null = null,
): Promise<Blob> {
  if (scene) {
    // Only the camp regions, legend and caption come from the SVG document: no styles needed.
    const doc = buildExportDocument(cy, options, scene);
    if (format === 'svg') {
      onProgress(1);
      return new Blob([svgLarge(doc, scene)], { type: 'image/svg+xml' });
    }
    refuseOverBudget(doc.width, doc.height);
    return rasterLarge(doc, scene, format, onProgress);
  }
  const doc = withStylesheetFor(cy, options.background, scene !== null, () =>
    withoutHighlights(cy, () => buildExportDocument(cy, options)),
  );
  if (format === 'svg') {
    onProgress(1);
    return new Blob([documentSvg(doc)], { type: 'image/svg+xml' });
  }
  refuseOverBudget(doc.width, doc.height);
  return format === 'png' ? rasterPng(doc, onProgress) : rasterJpeg(doc, onProgress);
}

function refuseOverBudget(width: number, height: number): void {
  const problem = overPixelBudget(width, height);
  if (!problem) return;
  const error = new Error(problem);
  // The headless export on the server recognises this name and answers 413, not 500.
  error.name = 'ExportTooLarge';
  throw error;
}
