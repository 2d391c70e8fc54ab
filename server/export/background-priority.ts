import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { backgroundNice } from '../cpu-share.ts';

// Two folders below the project root both here and in the export worker's bundle (dist/server/).
const wrapper = fileURLToPath(
  new URL('../../server/export/chromium-in-background.sh', import.meta.url),
);
const setpriv = '/usr/bin/setpriv';

/**
 * How the exports' Chromium is launched so that it yields the cores to the server: through
 * chromium-in-background.sh where Linux's setpriv is there, else as it is. Exports then take
 * longer on a busy machine; the API and its health check do not wait for them.
 */
export function inBackground(chromium: string): {
  executablePath: string;
  env?: NodeJS.ProcessEnv;
} {
  if (process.platform !== 'linux' || !existsSync(setpriv)) return { executablePath: chromium };
  return {
    executablePath: wrapper,
    env: { ...process.env, EXPLORER_CHROMIUM: chromium, EXPLORER_NICE: String(backgroundNice) },
  };
}
