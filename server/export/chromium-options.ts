/**
 * How every headless Chromium of the project is started: the server's exports, the browser
 * tests and the bench. One list, so that what the tests and the bench measure is the browser
 * the exports run.
 */

/** Debian's Chromium unless CHROMIUM_PATH names another; never a downloaded browser. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The flags this machine needs: no sandbox or GPU, and none of Chromium's own traffic. */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
