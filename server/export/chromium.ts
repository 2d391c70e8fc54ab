import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { AppError } from '../errors.ts';
import { inBackground } from './background-priority.ts';
import { chromiumFlags, chromiumPath } from './chromium-options.ts';

let shared: Promise<Browser> | undefined;
let launches = 0;

/** The running (or launching) Chromium, if there is one; never launches. */
export function runningBrowser(): Promise<Browser> | undefined {
  return shared;
}

/** How many Chromiums this process has started: a relaunch after a crash shows here. */
export function browserLaunches(): number {
  return launches;
}

/** One headless Chromium for all exports of this process, started on first use. */
export function sharedBrowser(): Promise<Browser> {
  const path = chromiumPath();
  if (!existsSync(path)) {
    return Promise.reject(
      new AppError(
        503,
        'export_unavailable',
        `Chromium not found at ${path}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
      ),
    );
  }
  if (shared) return shared;
  launches += 1;
  const launching = chromium
    .launch({ ...inBackground(path), headless: true, args: [...chromiumFlags] })
    .then((browser) => {
      // A crashed or killed Chromium is forgotten, so the next export starts a new one.
      browser.on('disconnected', () => {
        if (shared === launching) shared = undefined;
      });
      return browser;
    })
    .catch((error) => {
      if (shared === launching) shared = undefined;
      throw error;
    });
  shared = launching;
  return launching;
}

/** Closes the shared Chromium, if one was started. */
export async function closeSharedBrowser(): Promise<void> {
  const browser = shared;
  shared = undefined;
  if (browser) await (await browser).close();
}
