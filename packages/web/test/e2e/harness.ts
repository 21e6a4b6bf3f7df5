/** The end-to-end harness: a fresh web build if needed, the real server (with its Monte Carlo jobs and, when asked, a research-data store) on 127.0.0.1, headless Chromium. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDatasets } from '@casus/data';
import { sharedDataAvailable, sharedDataDir } from '@casus/data/testing/shared-data';
import { loadLibraryState, type RunningServer, startServer } from '@casus/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { ensureBuilt } from '../../bench.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../../chromium.ts';

export { CHROMIUM, hasChromium };

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const screenshotDir = join(repoDir, 'artifacts', 'screenshots');

export interface Harness {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Page errors and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * Give the server a research-data store of ATOP and the COW states imported from
   * CASUS_DATA_MIRROR (some seconds), for the alliance network; without the mirror, or without
   * this, the server's data database is an absent file in the temporary folder, never the user's.
   */
  researchData?: boolean;
}

/** Whether the research data a harness can import is here (the suites that need it skip without). */
export const hasResearchData = sharedDataAvailable;

/** Starts everything; `close` stops it all and removes the temporary workbench and data databases. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  ensureBuilt();
  mkdirSync(screenshotDir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'casus-e2e-'));
  const dataDb = join(tmp, 'casus.duckdb');
  if (options.researchData && sharedDataAvailable)
    await importDatasets({ dir: sharedDataDir, dbPath: dataDb, only: ['atop', 'cow-states'] });
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    library: loadLibraryState(),
    workbenchDb: join(tmp, 'workbench.duckdb'),
    dataDb,
    workers: 2,
    // A job thread loaded before the first job, as `casus serve` has: loading one takes seconds.
    warm: true,
  });
  const [problem] = server.app.jobIssues;
  if (problem) throw new Error(`no Monte Carlo jobs: ${problem.message}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS /* launch gives each run a fresh temporary profile */,
  });
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    server,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Writes artifacts/screenshots/<view>.png of the whole page. */
export async function shoot(page: Page, view: string): Promise<string> {
  const path = join(screenshotDir, `${view}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A describe block whose tests share one harness, started before them and closed after; skipped,
 * with a warning that says how to get Chromium, where there is none. The harness passed in is
 * the running one (read it inside the tests, not while they are declared); `options` say what
 * the harness is started with (a research-data store).
 * @example describeInChromium('the map', (h) => it('loads', async () => h.page.goto('/#/map')))
 */
export function describeInChromium(
  name: string,
  body: (h: Harness) => void,
  options: HarnessOptions = {},
): void {
  if (!hasChromium)
    console.warn(
      `e2e skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CASUS_CHROMIUM)`,
    );
  describe.skipIf(!hasChromium)(name, () => {
    let running: Harness | undefined;
    beforeAll(async () => {
      running = await startHarness(options);
    }, 180_000);
    afterAll(async () => {
      await running?.close();
    });
    const harness = new Proxy({} as Harness, {
      get: (_, key) => {
        if (!running)
          throw new Error('the harness is read before it started: read it inside a test');
        return running[key as keyof Harness];
      },
    });
    body(harness);
  });
}
