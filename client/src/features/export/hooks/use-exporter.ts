import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { GraphCanvasHandle } from '../../../lib/canvas-handle.ts';
import { exportData, visibleGraph, type DataFormat } from '../export-data.ts';
import type {
  Background,
  CaptionInfo,
  ImageFormat,
  ImageOptions,
} from '../../../lib/image-export.ts';
import { captionCitations } from '../utils/caption-sentences.ts';
import { exportFileName, today } from '../utils/file-name.ts';

/** What is on the canvas, for file names and captions. */
export interface ExportContext {
  title: string;
  params: [string, string][];
}

/** The choices the Export menu offers for an image. */
export interface ImageChoices {
  format: ImageFormat;
  area: ImageOptions['area'];
  scale: number;
  /** When set, the image is this many pixels wide and `scale` is ignored. */
  width?: number;
  background: Background;
  legend: boolean;
  caption: boolean;
}

export type ExportRequest =
  { kind: 'image'; choices: ImageChoices } | { kind: 'data'; format: DataFormat };

export interface ExportFile {
  name: string;
  blob: Blob;
}

declare global {
  interface Window {
    /** Headless export hook (npm run export, GET /api/export): the file as base64. */
    __explorerExport?: (request: ExportRequest) => Promise<{ name: string; base64: string }>;
  }
}

/** The blob as base64, encoded by the browser (tens of megabytes take a moment in script). */
function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Produces export files from what the canvas shows, reports progress, and exposes the same
 * function to headless Chromium so the command line and the page share one code path.
 */
export function useExporter(
  canvas: RefObject<GraphCanvasHandle | null>,
  graph: GraphModel,
  context: ExportContext,
  sources: ReadonlyMap<string, ApiSource>,
) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const produce = useCallback(
    async (request: ExportRequest, onProgress: (done: number) => void): Promise<ExportFile> => {
      const handle = canvas.current;
      const drawn = handle?.drawnIds();
      if (!handle || !drawn) throw new Error('The graph is not drawn yet.');
      const date = today();
      if (request.kind === 'data') {
        const shown = visibleGraph(graph, drawn);
        // Every position at once: asking per node would rebuild them all for each one.
        const positions = handle.positions();
        const { blob, extension } = exportData(
          shown,
          request.format,
          { ...context, date },
          (id) => positions[id],
        );
        return { name: exportFileName(context.title, date, extension), blob };
      }
      const { choices } = request;
      const caption: CaptionInfo | null = choices.caption
        ? {
            ...context,
            date,
            ...captionCitations(visibleGraph(graph, drawn), sources),
          }
        : null;
      const blob = await handle.exportImage(choices.format, { ...choices, caption }, onProgress);
      const extension = choices.format === 'jpeg' ? 'jpg' : choices.format;
      return { name: exportFileName(context.title, date, extension), blob };
    },
    [canvas, graph, context, sources],
  );

  const download = useCallback(
    async (request: ExportRequest) => {
      setError(null);
      setProgress(0);
      try {
        const file = await produce(request, setProgress);
        const url = URL.createObjectURL(file.blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = file.name;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (cause) {
        setError(cause instanceof Error ? cause.message : 'The export failed.');
      } finally {
        setProgress(null);
      }
    },
    [produce],
  );

  useEffect(() => {
    window.__explorerExport = async (request) => {
      const file = await produce(request, () => {});
      return { name: file.name, base64: await toBase64(file.blob) };
    };
    return () => {
      delete window.__explorerExport;
    };
  }, [produce]);

  return { download, progress, error, dismissError: () => setError(null) };
}
