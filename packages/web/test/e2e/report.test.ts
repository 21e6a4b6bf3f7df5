/** `casus compare --report` from the real binary, opened offline in real Chromium: the CLI's summary, differences, per-member entanglement and coverage, with the --json numbers. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { COMPARE_MEASURES } from '@casus/core';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../../chromium.ts';
import { screenshotDir } from './harness.ts';
import { attr, type OfflineReport, openOffline, readTable } from './report-page.ts';

if (!hasChromium) console.warn(`e2e skipped: no Chromium at ${CHROMIUM}`);

const repo = resolve(import.meta.dirname, '..', '..', '..', '..');
const MEASURES = [
  'deterrence',
  'deterred',
  'entangled',
  'widened',
  'nuclearOpposed',
  'belligerents',
];

type E = { value: number | null; low: number | null; high: number | null };
interface Answer {
  architectures: string[];
  battery: string[];
  battery_totals: (Record<string, E> & {
    architecture: string;
    entanglement: Record<string, E>;
    model?: Record<string, E>;
  })[];
  differences: {
    baseline: string;
    battery: (Record<string, E> & { architecture: string; entanglement: Record<string, E> })[];
  };
}

const same = (cell: { value: string; low: string; high: string } | undefined, e: E | undefined) =>
  expect(cell).toEqual({ value: attr(e?.value), low: attr(e?.low), high: attr(e?.high) });

describe.skipIf(!hasChromium)('the HTML report of casus compare, in Chromium', () => {
  let browser: Browser;
  let answer: Answer;
  let report: OfflineReport;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'casus-report-')), 'report.html');
    // Two blocks of 4,096 and a few more: the fitted model's coefficients are drawn per block,
    // so the summary has model intervals too. One run writes the report and prints the JSON.
    const { stdout } = await promisify(execFile)(
      'node',
      [
        'packages/cli/bin/casus.js',
        'compare',
        '--trials',
        '8200',
        '--seed',
        '2',
        '--report',
        file,
        '--json',
      ],
      { cwd: repo, maxBuffer: 256 * 1024 * 1024 },
    );
    answer = JSON.parse(stdout);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    report = await openOffline(browser, file);
    expect(readFileSync(file, 'utf8')).not.toMatch(/<script|<link|@import|url\(/);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('opens with the network off and asks for nothing beside its own file', () => {
    expect(report.elsewhere).toEqual([]);
  });

  it('heads with the battery summary: every architecture by name, every measure with the --json numbers and model intervals', async () => {
    const rows = await readTable(report.page, 'summary-table');
    expect(rows.map((r) => r.key)).toEqual(answer.architectures);
    expect(rows[0]).toMatchObject({ name: 'Status quo', title: 'status-quo' });
    for (const [i, t] of answer.battery_totals.entries()) {
      expect(rows[i]!.name).not.toBe(t.architecture);
      for (const m of MEASURES) {
        const { modelLow, ...cell } = rows[i]!.cells[m]!;
        same(cell, t[m]);
        expect(modelLow).toBe(attr(t.model?.[m]?.low));
      }
    }
    const heads = await report.page
      .locator('[data-testid=summary-table] thead th')
      .allTextContents();
    expect(heads).toEqual(['Architecture', ...COMPARE_MEASURES.map((m) => m.label)]);
  });

  it('gives each architecture’s paired difference from the status quo with its interval', async () => {
    const rows = await readTable(report.page, 'difference-table');
    expect(answer.differences.baseline).toBe('status-quo');
    expect(rows.map((r) => r.key)).toEqual(answer.differences.battery.map((d) => d.architecture));
    for (const [i, d] of answer.differences.battery.entries())
      for (const m of MEASURES) {
        const { modelLow: _, ...cell } = rows[i]!.cells[m]!;
        same(cell, d[m]);
      }
    expect(
      await report.page.getByText('Difference from Status quo, paired').first().isVisible(),
    ).toBe(true);
  });

  it('lists P(entangled) for every member by name, and its paired difference, as the CLI does', async () => {
    const members = Object.keys(answer.battery_totals[0]!.entanglement).sort();
    const rows = await readTable(report.page, 'member-entanglement');
    expect(rows.map((r) => r.key)).toEqual(members);
    const japan = rows.find((r) => r.key === 'JPN')!;
    expect(japan.name).toBe('Japan');
    for (const [i, t] of answer.battery_totals.entries()) {
      const { modelLow: _, ...cell } = japan.cells[String(i)]!;
      same(cell, t.entanglement.JPN);
    }
    const diffs = await readTable(report.page, 'member-differences');
    const philippines = diffs.find((r) => r.key === 'PHL')!;
    for (const [i, d] of answer.differences.battery.entries()) {
      const { modelLow: _, ...cell } = philippines.cells[String(i)]!;
      same(cell, d.entanglement.PHL);
    }
  });

  it('shows coverage: who must act for whom per scenario and architecture, and a heat map per architecture with the states’ names', async () => {
    const { page } = report;
    expect(await page.locator('[data-testid=coverage-table] tbody tr').count()).toBe(
      answer.battery.length * answer.architectures.length,
    );
    const senkaku = page
      .locator(
        '[data-testid=coverage-table] tr[data-scenario="senkaku-landing"][data-architecture="status-quo"] td',
      )
      .last();
    expect(await senkaku.textContent()).toContain(
      'United States of America → Japan (us-japan-1960',
    );
    const maps = page.locator('.heat-map');
    expect(await maps.count()).toBe(answer.architectures.length);
    // Each label's own words (its tooltip holds the id).
    const labels = await maps
      .first()
      .locator('text')
      .evaluateAll((els) => els.map((e) => e.lastChild?.textContent));
    expect(labels).toContain('United States of America');
    // Readable: cells at least 20 px, labels at least 11 px.
    const cell = await maps.first().locator('rect').first().boundingBox();
    expect(cell!.width).toBeGreaterThanOrEqual(20);
    await maps.first().screenshot({ path: join(screenshotDir, 'report-heat-map.png') });
  });

  it('draws each measure full width, with every scenario’s full name and the architectures’ names', async () => {
    const { page } = report;
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBe(MEASURES.length);
    const mainWidth = await page.locator('main').evaluate((m) => {
      const s = getComputedStyle(m);
      return m.clientWidth - Number.parseFloat(s.paddingLeft) - Number.parseFloat(s.paddingRight);
    });
    const svg = await page.locator('[data-testid=chart-deterred] svg').boundingBox();
    expect(svg!.width).toBeGreaterThan(0.98 * mainWidth);
    const labels = await page
      .locator('[data-testid=chart-deterred] .group-label')
      .evaluateAll((els) =>
        els.map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')),
      );
    expect(labels).toContain('North Korean invasion of the South (mid-2024)');
    expect(labels).toContain('North Korean invasion of the South (2025)');
    expect(
      await page.locator('[data-testid=chart-deterred] .series-key li').allTextContents(),
    ).toEqual((await readTable(page, 'summary-table')).map((r) => r.name));
    await page
      .locator('[data-testid=chart-deterred]')
      .screenshot({ path: join(screenshotDir, 'report-chart-deterred.png') });
  });

  it('has a print stylesheet: printed, tables set smaller and charts kept whole', async () => {
    const { page } = report;
    const size = () =>
      page.locator('[data-testid=summary-table]').evaluate((t) => getComputedStyle(t).fontSize);
    const screen = await size();
    await page.emulateMedia({ media: 'print' });
    expect(await size()).not.toBe(screen);
    expect(
      await page
        .locator('figure.chart')
        .first()
        .evaluate((f) => getComputedStyle(f).breakInside),
    ).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: join(screenshotDir, 'report-top.png') });
  });
});
