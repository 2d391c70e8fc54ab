import { drawSceneWith } from '../large/scene-drawing.ts';
import type { LargeScene } from '../large/large-scene.ts';
import { SvgPath, SvgRecorder } from './svg/svg-recorder.ts';
import { documentSvg, type ExportDocument } from './export-document.ts';
import { largeGraphFrame } from './raster-large.ts';

/**
 * An SVG of a large graph: the page's own parts (camp regions, legend, caption), then the graph
 * drawn from its scene by the same code that draws it on screen and in PNGs, recorded as vector
 * shapes. Cytoscape holds only a window of a large graph, so it cannot be asked for the rest.
 */
export function svgLarge(doc: ExportDocument, scene: LargeScene): string {
  const recorder = new SvgRecorder();
  const area = { x: 0, y: 0, width: doc.width, height: doc.height };
  drawSceneWith(recorder, largeGraphFrame(doc, scene, area), () => new SvgPath());
  return documentSvg({ ...doc, body: `${doc.body}\n${recorder.markup()}` });
}
