/** The workbench's time from load to first answer: the Senkaku scenario opened cold in real Chromium, from the built app served by the real server. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchRow, benchRow } from '@casus/core';
import { loadLibraryState, startServer } from '@casus/server';
import { chromium } from 'playwright-core';
import { ensureBuilt } from './bench.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium } from './chromium.ts';

export const FIRST_ANSWER_TARGET_S = 1;
const SENKAKU = '#/scenario?target=JPN.senkaku';

/**
 * Runs in the page before any of its scripts: notes the moment the first finding is in the DOM,
 * on the page's own clock, which starts at navigation (performance.timeOrigin). Noted by the page,
 * not polled from outside, so that the driver's round trips are not counted. A string: this
 * module is Node's, and the page's globals are not in its types.
 */
const NOTE_FIRST_ANSWER = `
  const seen = new MutationObserver(() => {
    if (!document.querySelector('[data-testid=finding]')) return;
    window.__casusFirstAnswer = performance.now();
    seen.disconnect();
  });
  seen.observe(document, { childList: true, subtree: true });
`;

/**
 * The median of `runs` loads, each in a fresh browser context (no HTTP cache, no storage, no
 * compiled code kept from the one before), from navigation start to the first finding of
 * /#/scenario?target=JPN.senkaku on screen; the server plans ahead as `casus serve` does, and
 * Chromium's launch is not counted. No row, and a warning, where there is no Chromium.
 * @example (await timeFirstAnswer({runs: 1}))[0]?.unit // 's'
 */
export async function timeFirstAnswer(options: { runs?: number } = {}): Promise<BenchRow[]> {
  if (!hasChromium) {
    console.warn(`first-answer bench skipped: no Chromium at ${CHROMIUM}`);
    return [];
  }
  const runs = options.runs ?? 5;
  ensureBuilt();
  const tmp = mkdtempSync(join(tmpdir(), 'casus-first-answer-'));
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    library: loadLibraryState(),
    workbenchDb: join(tmp, 'workbench.duckdb'),
    planAhead: true,
    // The answer is the page's own (its engine worker): the Monte Carlo job threads are not needed.
    jobRunners: {},
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const seconds: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript({ content: NOTE_FIRST_ANSWER });
      await page.goto(new URL(SENKAKU, server.url).href);
      const handle = await page.waitForFunction(
        // A function, not a string: the workbench's Content-Security-Policy refuses eval.
        () => (globalThis as { __casusFirstAnswer?: number }).__casusFirstAnswer,
        undefined,
        {
          timeout: 60_000,
        },
      );
      seconds.push(((await handle.jsonValue()) as number) / 1000);
      await context.close();
    }
    seconds.sort((a, b) => a - b);
    const median = seconds[Math.floor(seconds.length / 2)]!;
    return [
      benchRow(
        `web load to first answer, Senkaku scenario (real Chromium, fresh context each load: navigation start to the first finding of /${SENKAKU}; median of ${runs})`,
        median,
        's',
        { below: FIRST_ANSWER_TARGET_S },
      ),
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
