/** Image formats the explorer writes. */
export type ImageFormat = 'png' | 'jpeg' | 'svg';

/** Reports progress from 0 to 1. */
export type ProgressListener = (done: number) => void;

/** What a caption block says: the view, its parameters, the date, and the sources shown. */
export interface CaptionInfo {
  title: string;
  /** Parameter name and value pairs, as the view ran. */
  params: [string, string][];
  /** ISO date of the export. */
  date: string;
  /** The article sentences behind the edges shown, numbered in the caption. */
  sentences: string[];
  /** Who published them, e.g. “NextFin News, 2026, ‘Alibaba Leads…’”. */
  credit: string;
}

export type Background = 'white' | 'dark' | 'transparent';

export interface ImageOptions {
  /** The whole graph, or what the canvas shows now. */
  area: 'full' | 'viewport';
  /** Output pixels per screen pixel at zoom 1 (1–4); ignored when `width` is set. */
  scale: number;
  /** Target width of the whole image in pixels; the scale follows from it. */
  width?: number;
  background: Background;
  legend: boolean;
  caption: CaptionInfo | null;
}
