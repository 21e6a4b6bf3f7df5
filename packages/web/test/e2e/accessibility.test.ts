/** Issue 14 in Chromium: every view passes axe-core with no serious or critical violation, is shot at 1440×900 and 1280×720, and the scenario view's answer is above the fold at both. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { parseHash, VIEWS } from '../../src/features/common/hash-route.ts';
import { describeInChromium, hasResearchData, shoot } from './harness.ts';

/** axe-core's own build, injected into the page as a script: nothing is fetched. */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Every page of the workbench (each view, and each tab a view opens on its own hash): where it is
 * opened, what it is given to show its answer (a blank design has none), and what shows that its
 * main content has arrived.
 */
const OPEN: Record<string, { hash: string; fill?: (page: Page) => Promise<void>; ready: string }> =
  {
    map: { hash: '#/map', ready: '[data-testid=world-map][data-ready=true]' },
    scenario: { hash: '#/scenario?target=JPN.senkaku', ready: '[data-testid=finding]' },
    compare: { hash: '#/compare', ready: '[data-testid=quick-table] td' },
    designer: {
      hash: '#/designer',
      fill: async (page) => {
        await page.getByTestId('member-JPN').check();
        await page.getByTestId('member-PHL').check();
        await page.getByTestId('design-id').fill('jpn-phl-pact');
      },
      ready: '[data-testid=effect-table] td',
    },
    sofa: { hash: '#/sofa', ready: '[data-testid=sofa-matrix] td' },
    // The Saved work dialog, open over the map, with its three (empty) lists read.
    'saved-work': {
      hash: '#/map',
      fill: async (page) => {
        await page.getByTestId('saved-work').click();
      },
      ready: '[data-testid=saved-dialog][open] [data-testid=saved-comparisons-empty]',
    },
    'sofa-design': {
      hash: '#/sofa?tab=design',
      ready: '[data-testid=design-incident-after] [data-testid=answer-custody]',
    },
    // Over the store the harness imports from CASUS_DATA_MIRROR; without it, the words saying so.
    network: {
      hash: '#/network?year=1950&type=defense',
      ready: hasResearchData
        ? '[data-testid=network-table] td'
        : '[data-testid=network-unavailable]',
    },
    // The 2016 system carried to 2018: the ticked box, the seed and the assumption stated.
    'network-carried': {
      hash: '#/network?year=2018&type=defense&seed=7&carryTo=2018',
      ready: hasResearchData
        ? '[data-testid=network-assumption]'
        : '[data-testid=network-unavailable]',
    },
  };
const PAGES = Object.keys(OPEN);

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/** Opens a view as a fresh load (the hash alone would keep the last view's state) and waits for its content. */
async function open(page: Page, view: string): Promise<void> {
  const how = OPEN[view];
  if (!how) throw new Error(`no page "${view}" to open`);
  await page.goto(`/${how.hash}`);
  await page.reload();
  await how.fill?.(page);
  await page.locator(how.ready).first().waitFor({ timeout: 60_000 });
}

/** The serious and critical violations, one line each: rule, impact, and the first offending nodes. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the workbench's Content-Security-Policy (script-src 'self')
  // rightly refuses inline scripts, and a script evaluated by the browser's driver is not one.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  )) as AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join('; ')}${v.nodes.length > 5 ? ` +${v.nodes.length - 5}` : ''}`,
    );
}

describeInChromium(
  'workbench accessibility and screenshots in Chromium',
  (h) => {
    it('opens every view the router knows', () => {
      const opened = new Set(Object.values(OPEN).map((o) => parseHash(o.hash).view));
      expect([...opened].sort()).toEqual([...VIEWS].sort());
    });

    for (const view of PAGES)
      it(`${view}: no serious or critical axe-core violation, shot at both sizes`, async () => {
        const { page } = h;
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await open(page, view);
          expect(await seriousViolations(page)).toEqual([]);
          await shoot(page, `view-${view}-${size.width}x${size.height}`);
        }
      });

    it('shows the scenario’s answer without scrolling at 1440×900 and 1280×720', async () => {
      const { page } = h;
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await open(page, 'scenario');
        const box = await page.locator('[data-testid=finding]').first().boundingBox();
        expect(box, `a finding at ${size.width}×${size.height}`).not.toBeNull();
        expect(box!.y, `the first finding's top at ${size.width}×${size.height}`).toBeLessThan(
          size.height,
        );
      }
    });
  },
  { researchData: true },
);
