/** Where the WebGL choice is remembered between visits. */
const STORAGE_KEY = 'explorer:webgl';

/** Whether this browser has WebGL 2, which Cytoscape's WebGL renderer needs. */
export function webglAvailable(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}

/** The WebGL choice remembered from an earlier visit (off when none, or storage is blocked). */
export function storedWebglChoice(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers the WebGL choice for the next visit. */
export function storeWebglChoice(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(STORAGE_KEY, '1');
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked (private mode): the choice lasts for this page only.
  }
}
