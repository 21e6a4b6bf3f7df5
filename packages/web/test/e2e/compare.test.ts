/** The probabilistic comparison in real Chromium: progress in trials and seconds, the battery summary, its CSV and JSON exports, readable charts. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  type Harness,
  hasChromium,
  screenshotDir,
  shoot,
  startHarness,
} from './harness.ts';
import { openOffline, readTable } from './report-page.ts';

if (!hasChromium) console.warn(`e2e skipped: no Chromium at ${CHROMIUM}`);

const ARCHITECTURES = {
  'status-quo': 'Status quo',
  'asian-nato-exclusive': 'Asian NATO (exclusive)',
  'us-japan-revised': 'US–Japan alliance revised',
} as const;
const IDS = Object.keys(ARCHITECTURES);
const MEASURES = [
  'deterrence',
  'deterred',
  'entangled',
  'widened',
  'nuclearOpposed',
  'belligerents',
];

/** RFC 4180, enough for the export: quoted cells with doubled quotes, CRLF rows. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

const num = (s: string) => (s === '' ? null : Number(s));

const repo = resolve(import.meta.dirname, '..', '..', '..', '..');

/** The architectures the real `casus compare` binary runs when none are named, from its --json. */
async function cliDefaultArchitectures(): Promise<string[]> {
  const battery = join(repo, 'library/scenarios/senkaku-landing.yaml');
  const { stdout } = await promisify(execFile)(
    'node',
    ['packages/cli/bin/casus.js', 'compare', battery, '--trials', '1', '--json'],
    { cwd: repo, maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(stdout) as { architectures: string[] }).architectures;
}

/** The architectures the view starts with checked, in the order it lists them. */
const checkedArchitectures = (page: Page) =>
  page
    .locator('[data-testid^="arch-"]')
    .evaluateAll((boxes) =>
      (boxes as HTMLInputElement[])
        .filter((b) => b.checked)
        .map((b) => b.dataset.testid!.slice('arch-'.length)),
    );

/** Only the architectures of the test, no designed pact. */
async function chooseArchitectures(page: Page) {
  const boxes = page.locator('[data-testid^="arch-"]');
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    const id = (await box.getAttribute('data-testid'))!.slice('arch-'.length);
    await box.setChecked(IDS.includes(id));
  }
}

describe.skipIf(!hasChromium)('the probabilistic comparison in Chromium', () => {
  let h: Harness;
  let cliDefaults: Promise<string[]>;
  let webDefaults: { checked: string[]; series: string | null };
  beforeAll(async () => {
    cliDefaults = cliDefaultArchitectures();
    h = await startHarness();
    await h.page.goto('/#/compare');
    await h.page.getByTestId('quick-table').locator('td').first().waitFor();
    webDefaults = {
      checked: await checkedArchitectures(h.page),
      series: await h.page.getByTestId('quick-compare').getAttribute('data-series'),
    };
    await chooseArchitectures(h.page);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('starts from the architectures `casus compare` runs when none are named, in the same order', async () => {
    const cli = await cliDefaults;
    expect(cli.length).toBeGreaterThanOrEqual(4);
    expect(cli.length).toBeLessThan(9); // the library's 9 are too many to read side by side
    expect(webDefaults.checked).toEqual(cli);
    expect(webDefaults.series).toBe(cli.join(' '));
  });

  it('says progress in trials and seconds from the first second, then the time left', async () => {
    const { page } = h;
    await page.getByTestId('trials').fill('200000');
    await page.getByTestId('start-job').click();
    const text = page.getByTestId('job-progress-text');
    // Before the server's first report: the planned total in trials, and seconds elapsed.
    await expect
      .poll(() => text.textContent(), { timeout: 1000 })
      .toMatch(
        /^[\d,]+ of 7,200,000 trials \(12 scenarios × 3 architectures × 200,000 trials\) · \d+ s elapsed · /,
      );
    await expect
      .poll(() => text.textContent(), { timeout: 30_000 })
      .toMatch(
        / of 7,200,000 trials .* · [1-9]\d* s elapsed · about (\d+ s|\d+ min \d\d s|\d+ h \d\d min) left$/,
      );
    const done = Number((await text.textContent())!.split(' of ')[0]!.replace(/,/g, ''));
    expect(done).toBeGreaterThan(0);
    await page.getByTestId('cancel-job').click();
    await expect.poll(() => page.getByTestId('job-status').textContent()).toMatch(/Cancelled/);
  }, 60_000);

  it('heads the answer with the battery summary: every architecture by name, each measure with its 95% interval, and the difference from the status quo', async () => {
    const { page } = h;
    await page.getByTestId('trials').fill('60');
    await page.getByTestId('start-job').click();
    await expect
      .poll(() => page.getByTestId('job-status').textContent(), { timeout: 60_000 })
      .toMatch(
        /^Done: 12 scenarios under 3 architectures, 60 trials each \(2,160 trials, seed 1\) in \d+ s\.$/,
      );
    const table = page.getByTestId('summary-table');
    // The status quo first, the baseline of the differences.
    expect(await table.locator('tbody th').allTextContents()).toEqual(Object.values(ARCHITECTURES));
    for (const [id, name] of Object.entries(ARCHITECTURES)) {
      const row = table.locator(`tbody tr[data-architecture="${id}"]`);
      const head = row.locator('th');
      expect(await head.textContent()).toBe(name);
      expect(await head.getAttribute('title')).toBe(id);
      for (const m of MEASURES) {
        const cell = row.locator(`td[data-measure="${m}"] .estimate`);
        expect(await cell.textContent()).toMatch(/^-?[\d.]+%? \(-?[\d.]+%? to -?[\d.]+%?\)$/);
      }
    }
    const heads = await table.locator('thead th').allTextContents();
    expect(heads).toEqual([
      'Architecture',
      'Deterrence',
      'P(deterred)',
      'Entangled states',
      'P(2nd major power)',
      'P(nuclear-armed both sides)',
      'Belligerents',
    ]);
    expect(await page.getByTestId('summary-baseline').textContent()).toBe('Status quo');
    const diffs = page.getByTestId('difference-table');
    expect(await diffs.locator('tbody tr').count()).toBe(2);
    expect(await diffs.locator('tbody th').allTextContents()).toEqual([
      'Asian NATO (exclusive)',
      'US–Japan alliance revised',
    ]);
    expect(
      await diffs.locator('td[data-measure="entangled"] .estimate').first().textContent(),
    ).toMatch(/^[+-]?[\d.]+ \([+-]?[\d.]+ to [+-]?[\d.]+\)$/);
    // The summary comes before the charts.
    const summaryY = (await page.getByTestId('battery-summary').boundingBox())!.y;
    const chartY = (await page.getByTestId('job-chart-deterrence').boundingBox())!.y;
    expect(summaryY).toBeLessThan(chartY);
    await page
      .getByTestId('battery-summary')
      .screenshot({ path: join(screenshotDir, 'compare-summary-table.png') });
  }, 90_000);

  it('exports CSV and JSON that parse back to the table’s numbers, and prints without the controls', async () => {
    const { page } = h;
    const download = async (testId: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(testId).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/^casus-compare-60-trials-seed-1\.(csv|json)$/);
      return readFileSync((await file.path())!, 'utf8');
    };
    const csv = parseCsv(await download('export-csv'));
    const json = JSON.parse(await download('export-json')) as {
      rows: Record<string, unknown>[];
      summary: { architecture: string; name: string; totals: Record<string, { value: number }> }[];
      baseline: string;
    };
    expect(json.baseline).toBe('status-quo');
    // Battery levels and differences, and every scenario's: 6 measures each.
    expect(csv.length).toBe(6 * (3 + 2 + 12 * 3 + 12 * 2));
    expect(json.rows.length).toBe(csv.length);
    for (const [i, r] of csv.entries()) {
      const j = json.rows[i]!;
      for (const k of ['level', 'kind', 'scenario', 'scenarioName', 'architecture', 'measure'])
        expect(r[k]).toBe(j[k]);
      for (const k of ['value', 'low', 'high', 'modelLow', 'modelHigh'])
        expect(num(r[k]!)).toBe(j[k]);
    }
    // The table's cells hold the same numbers as the exports' battery rows.
    for (const id of IDS) {
      for (const m of MEASURES) {
        const cell = page.locator(
          `[data-testid=summary-table] tr[data-architecture="${id}"] td[data-measure="${m}"]`,
        );
        const row = csv.find(
          (r) =>
            r.level === 'battery' && r.kind === 'value' && r.architecture === id && r.measure === m,
        )!;
        expect(row.architectureName).toBe(ARCHITECTURES[id as keyof typeof ARCHITECTURES]);
        for (const k of ['value', 'low', 'high'] as const)
          expect(num(row[k]!)).toBe(num((await cell.getAttribute(`data-${k}`))!));
        expect(json.summary.find((s) => s.architecture === id)!.totals[m]!.value).toBe(
          num(row.value!),
        );
      }
    }
    // Printed, the view drops its controls and keeps the summary.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('start-job').isVisible()).toBe(false);
    expect(await page.getByTestId('compare-export').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('summary-table').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const korea = csv.filter(
      (r) => r.scenario!.startsWith('korea-invasion') && r.measure === 'deterred',
    );
    expect(new Set(korea.map((r) => r.scenarioName)).size).toBe(2);
  }, 60_000);

  it('exports the HTML report casus compare --report writes, which opens offline and shows the summary table’s numbers', async () => {
    const { page, browser } = h;
    await page.getByTestId('export-html').waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-html').click(),
    ]);
    expect(file.suggestedFilename()).toBe('casus-compare-60-trials-seed-1.html');
    // Saved under its own name, as a browser saves it: the .html tells Chromium what it is.
    const path = join(mkdtempSync(join(tmpdir(), 'casus-export-')), file.suggestedFilename());
    await file.saveAs(path);
    expect(readFileSync(path, 'utf8')).not.toMatch(/<script|<link|@import|url\(/);
    const report = await openOffline(browser, path);
    try {
      expect(report.elsewhere).toEqual([]);
      const rows = await readTable(report.page, 'summary-table');
      expect(rows.map((r) => r.name)).toEqual(Object.values(ARCHITECTURES));
      for (const row of rows)
        for (const m of MEASURES) {
          const shown = page.locator(
            `[data-testid=summary-table] tr[data-architecture="${row.key}"] td[data-measure="${m}"]`,
          );
          for (const k of ['value', 'low', 'high'] as const)
            expect(row.cells[m]![k]).toBe(await shown.getAttribute(`data-${k}`));
        }
      expect(await report.page.locator('[data-testid=difference-table] tbody tr').count()).toBe(2);
      expect(
        await report.page.locator('[data-testid=member-entanglement] tbody tr').count(),
      ).toBeGreaterThan(3);
      expect(await report.page.locator('[data-testid=coverage-table] tbody tr').count()).toBe(
        12 * 3,
      );
      expect(await report.page.getByTestId('reliability-used').textContent()).toMatch(
        /reliability/,
      );
      await report.page.screenshot({ path: join(screenshotDir, 'compare-export-report.png') });
    } finally {
      await report.close();
    }
  }, 60_000);

  it('draws the per-scenario charts with full scenario names, architecture names in the legend and visible whiskers', async () => {
    const { page } = h;
    const chart = page.getByTestId('job-chart-deterred');
    // Each label's lines, as drawn (the tooltip holds the id).
    const labels = await chart
      .locator('.group-label')
      .evaluateAll((els) =>
        els.map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')),
      );
    const korea = labels.filter((l) => l.startsWith('North Korean invasion of the South'));
    expect(korea).toEqual([
      'North Korean invasion of the South (mid-2024)',
      'North Korean invasion of the South (2025)',
    ]);
    expect(labels.some((l) => l.includes('…'))).toBe(false);
    expect(await chart.locator('.series-key li').allTextContents()).toEqual(
      Object.values(ARCHITECTURES),
    );
    const whisker = chart.locator('.interval .whisker').first();
    expect(
      Number(await whisker.evaluate((w) => getComputedStyle(w).strokeWidth.replace('px', ''))),
    ).toBeGreaterThanOrEqual(1.8);
    const bar = chart.locator('rect.series-0').first();
    expect(Number(await bar.evaluate((b) => getComputedStyle(b).fillOpacity))).toBeLessThan(1);
    await chart.screenshot({ path: join(screenshotDir, 'compare-chart-deterred.png') });
    await shoot(page, 'compare-summary');
  });

  it('gives the summary its model intervals when the run drew the fitted coefficients, in the table and the CSV', async () => {
    const { page } = h;
    // Two blocks of 4,096 and a few trials more: each block draws the coefficients.
    await page.getByTestId('trials').fill('8200');
    await page.getByTestId('start-job').click();
    await expect
      .poll(() => page.getByTestId('job-status').textContent(), { timeout: 90_000 })
      .toMatch(/^Done: 12 scenarios under 3 architectures, 8,200 trials each/);
    const cell = page.locator(
      '[data-testid=summary-table] tr[data-architecture="status-quo"] td[data-measure="deterred"]',
    );
    expect(await cell.locator('.model-range').textContent()).toMatch(/^model [\d.]+% to [\d.]+%$/);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const row = parseCsv(readFileSync((await file.path())!, 'utf8')).find(
      (r) =>
        r.level === 'battery' &&
        r.kind === 'value' &&
        r.architecture === 'status-quo' &&
        r.measure === 'deterred',
    )!;
    expect(num(row.modelLow!)).toBe(num((await cell.getAttribute('data-model-low'))!));
    expect(num(row.modelLow!)).toBeLessThanOrEqual(num(row.value!)!);
    await shoot(page, 'compare-summary-model');
  }, 120_000);
});
