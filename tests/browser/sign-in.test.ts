import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, defaultClientDir } from '../../server/app.ts';
import { UserStore } from '../../server/auth/user-store.ts';
import { openDatabase, type Database } from '../../server/neo4j/database.ts';
import { seriousAccessibilityFindings } from '../support/axe.ts';
import { launchChromium, screenshot, watchPageErrors } from '../support/browser.ts';

let browser: Browser;
let db: Database;
let users: UserStore;
let server: ReturnType<ReturnType<typeof createApp>['listen']>;
let baseUrl: string;
const people = {
  vera: { role: 'viewer', password: 'vera-viewer-password' },
  ed: { role: 'editor', password: 'ed-editor-password' },
} as const;

beforeAll(async () => {
  browser = await launchChromium();
  db = openDatabase({ uri: inject('boltUri'), user: 'neo4j', password: inject('boltPassword') });
  users = new UserStore(db);
  for (const [name, { role, password }] of Object.entries(people)) {
    await users.save(name, role, password);
  }
  // A second explorer on the suite's Neo4j, shared with a team: sign-in on.
  const app = createApp({
    db,
    clientDir: defaultClientDir,
    security: { auth: 'on' },
  });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  for (const name of Object.keys(people)) await users.remove(name);
  server?.closeAllConnections();
  server?.close();
  await db?.close();
});

/** A fresh page (its own cookies) with its errors watched. */
async function freshPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  return { page, errors };
}

/** Console lines the browser writes for the API's own 401 answers; any other error counts. */
const unexpected = (errors: string[]) => errors.filter((message) => !/status of 401/.test(message));

async function signIn(page: Page, name: keyof typeof people): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('sign-in-username').fill(name);
  await page.getByTestId('sign-in-password').fill(people[name].password);
  await page.getByTestId('sign-in-password').press('Enter');
  await page
    .locator('[data-testid="graph-canvas"][data-state="ready"]')
    .waitFor({ timeout: 60_000 });
}

describe('signing in to a shared explorer', () => {
  it('when nobody is signed in, then the sign-in screen shows, focused on the user name, and a wrong password says so', async () => {
    const { page, errors } = await freshPage();
    await page.goto(baseUrl);
    await page.getByTestId('sign-in-screen').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'username',
    );
    expect(await page.locator('[data-testid="graph-canvas"]').count()).toBe(0);
    await screenshot(page, 'sign-in');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    await page.getByTestId('sign-in-username').fill('ed');
    await page.getByTestId('sign-in-password').fill('not-the-password');
    await page.getByTestId('sign-in-submit').click();
    await expect
      .poll(() => page.getByTestId('sign-in-error').textContent())
      .toBe('Wrong user name or password.');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('when an editor signs in, then the graph, the user chip and the controls that save views show; sign-out returns to the sign-in screen', async () => {
    const { page, errors } = await freshPage();
    await signIn(page, 'ed');
    await expect.poll(() => page.getByTestId('user-chip').textContent()).toContain('ededitor');
    await page.getByTestId('views-tab').click();
    await page.locator('[data-testid="view-item"][data-view-id="world-model-funders"]').click();
    await page.getByTestId('duplicate-view').waitFor();
    await page.getByTestId('open-workbench').click();
    await page.getByTestId('save-view').waitFor();
    await screenshot(page, 'signed-in-editor');

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-screen').waitFor();
    expect(await page.getByRole('status').textContent()).toBe('You are signed out.');
    // The cookie no longer opens anything.
    const after = await page.request.get(`${baseUrl}/api/graph`);
    expect(after.status()).toBe(401);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('when a viewer signs in, then nothing that would only answer 403 is offered', async () => {
    const { page, errors } = await freshPage();
    await signIn(page, 'vera');
    await expect.poll(() => page.getByTestId('user-chip').textContent()).toContain('viewer');
    await page.getByTestId('views-tab').click();
    await page.locator('[data-testid="view-item"][data-view-id="world-model-funders"]').click();
    await page.getByRole('button', { name: 'Run' }).first().waitFor();
    expect(await page.getByTestId('duplicate-view').count()).toBe(0);
    await page.getByTestId('open-workbench').click();
    await page.getByTestId('history-toggle').waitFor();
    expect(await page.getByTestId('save-view').count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('when the session is ended on the server, then the next request brings the sign-in screen back with the reason', async () => {
    const { page, errors } = await freshPage();
    await signIn(page, 'vera');
    // A password change ends every session of the user.
    await users.setPassword('vera', people.vera.password);
    await page.getByTestId('views-tab').click();
    await page.locator('[data-testid="view-item"][data-view-id="world-model-funders"]').click();
    // Another process may trust a session for up to 5 s: keep using the page until it is over.
    await expect
      .poll(
        async () => {
          const screen = page.getByTestId('sign-in-screen');
          if (await screen.count()) return true;
          await page.getByRole('button', { name: 'Run' }).first().click({ timeout: 2_000 });
          return (await screen.count()) > 0;
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(true);
    expect(await page.getByRole('status').textContent()).toBe('Your session ended; sign in again.');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });
});
