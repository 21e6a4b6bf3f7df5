/** End to end in real headless Chromium against the server as `casus serve` runs it: map, Senkaku, Korea, comparison, designer. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFittedReliability } from '@casus/core';
import { expect, it } from 'vitest';
import { describeInChromium, screenshotDir, shoot } from './harness.ts';

const libraryDir = resolve(import.meta.dirname, '..', '..', '..', '..', 'library');
/** The hash an answer's model stamp gives a file. */
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

describeInChromium('workbench in Chromium', (h) => {
  it('loads the map with countries, places and agreement links', async () => {
    const { page } = h;
    await page.goto('/#/map');
    await page.waitForSelector('[data-testid=world-map][data-ready=true]');
    expect(await page.locator('.countries path').count()).toBeGreaterThan(30);
    expect(await page.locator('[data-testid^="place-"][role=button]').count()).toBeGreaterThan(20);
    await page.waitForSelector('[data-testid="link-JPN-USA"]');
    expect(await page.locator('.links .link').count()).toBeGreaterThan(5);
    await page
      .getByRole('button', { name: /^Senkaku Islands/ })
      .first()
      .click();
    await expect.poll(() => page.getByTestId('place-details').textContent()).toContain('Japan');
    await shoot(page, 'map');
  });

  it('links each agreement’s members on the map’s date: Pakistan in the Manila Pact in 1960, not in 2026', async () => {
    const { page } = h;
    const pakistan = page.locator('.links .link[data-testid*="PAK"]');
    const inForce = page.getByTestId('agreements-in-force');
    await page.getByTestId('map-date').fill('1960-01-01');
    await expect.poll(() => pakistan.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await inForce.textContent()).toContain('Pakistan');
    await page.getByTestId('map-date').fill('2026-01-01');
    await expect.poll(() => pakistan.count(), { timeout: 10_000 }).toBe(0);
    const listed = (await inForce.textContent())!;
    expect(listed).not.toContain('Pakistan');
    // NATO lists united Germany, not the Federal Republic as well.
    expect(listed).not.toMatch(/German Federal Republic/);
  });

  it('draws the bases by use, with host and user in the tooltip, and the key for them', async () => {
    const { page } = h;
    await page.goto('/#/map');
    const kadena = page.locator('[data-testid="base-kadena-air-base"]');
    await kadena.waitFor();
    expect(await page.locator('.bases .base').count()).toBeGreaterThan(20);
    expect(await kadena.getAttribute('class')).toContain('base-exclusive');
    expect(await page.locator('.bases .base-rotational').count()).toBeGreaterThan(5);
    const tooltip = await kadena.locator('title').textContent();
    expect(tooltip).toMatch(/host Japan \(JPN\), used by United States[^;]*\(USA\)/);
    expect(tooltip).toContain('us-japan-1960 Article VI');
    expect(await page.getByLabel('Map key').textContent()).toContain('base: rotational presence');
  });

  it('builds the Senkaku scenario by clicking and shows the US duty under Article V', async () => {
    const { page } = h;
    await page.getByTestId('tab-scenario').click();
    await page.waitForSelector('[data-testid=world-map][data-ready=true]');
    await page.getByTestId('actor-select').selectOption('CHN');
    await page.getByTestId('kind-select').selectOption('armed-attack');
    await page.locator('[data-testid="place-JPN.senkaku"]').click();
    const duty = page.locator(
      '[data-testid=findings-duty] [data-testid=finding][data-obligor=USA][data-article="Article V"]',
    );
    await duty.first().waitFor();
    await duty.first().locator('summary').click();
    await expect.poll(() => duty.first().textContent()).toMatch(/must defend Japan/);
    expect(await duty.first().locator('blockquote').textContent()).toContain(
      'territories under the administration of Japan',
    );
    const quad = page.locator(
      '[data-testid=findings-no-commitment] [data-testid=no-commitment][data-agreement=quad]',
    );
    await quad.waitFor();
    expect(await quad.textContent()).toMatch(/Australia.*obliges no member to act/);
    await shoot(page, 'scenario-senkaku');
  });

  it('runs the Korean cascade: the United States enters in round 1, and by the initiator rule its strikes on the North bring in neither China nor Russia', async () => {
    const { page } = h;
    await page.getByTestId('scenario-select').selectOption('korea-invasion-2025');
    await page.getByTestId('mode-honoured').check();
    await page.getByTestId('run-cascade').click();
    await page.getByTestId('cascade-table').waitFor();
    expect(await page.getByTestId('entry-USA').getAttribute('data-round')).toBe('1');
    for (const state of ['CHN', 'RUS'])
      expect(await page.getByTestId(`entry-${state}`).count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('round-label').textContent(), { timeout: 10_000 })
      .toMatch(/Round 1 of/);
    await shoot(page, 'cascade-korea');
  });

  it('sets a decision with its slider: the Taiwan invasion re-runs on the server with the US at your p', async () => {
    const { page } = h;
    await page.goto('/#/scenario');
    await page.getByTestId('scenario-select').selectOption('taiwan-invasion');
    const slider = page.locator('[data-testid="decide-USA:TWN"]');
    await slider.waitFor({ timeout: 60_000 });
    const used = page.getByTestId('decisions-used');
    await expect.poll(() => used.textContent()).toMatch(/the model’s throughout/);
    const us = page.locator('[data-testid=decisions-states] tr[data-state=USA]');
    // 0 keeps the US out of every trial (off the table, below 1%); 1 puts it in every one.
    await slider.fill('0');
    await expect.poll(() => used.textContent(), { timeout: 60_000 }).toMatch(/USA:TWN 0\b/);
    await expect.poll(() => us.count()).toBe(0);
    await slider.fill('1');
    await expect.poll(() => used.textContent(), { timeout: 60_000 }).toMatch(/USA:TWN 1\b/);
    await expect.poll(() => us.getAttribute('data-enter'), { timeout: 60_000 }).toBe('1');
    await slider.fill('0.5');
    await expect.poll(() => used.textContent(), { timeout: 60_000 }).toMatch(/USA:TWN 0.5\b/);
    const half = Number(await us.getAttribute('data-enter'));
    expect(half).toBeGreaterThan(0.45);
    expect(half).toBeLessThan(0.55);
    await shoot(page, 'scenario-decisions');
  }, 120_000);

  it('compares architectures: instant charts, the server Monte Carlo with 95% whiskers, and the coverage heat map', async () => {
    const { page } = h;
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('quick-table').locator('td').first().waitFor();
    expect(await page.getByTestId('coverage-heatmap').locator('rect').count()).toBeGreaterThan(10);
    // Two blocks of 4,096 and a few trials more: the fitted model draws its coefficients per
    // block, so each bar has a model interval as well as its Monte Carlo whisker.
    await page.getByTestId('trials').fill('8200');
    await page.getByTestId('start-job').click();
    await expect
      .poll(() => page.getByTestId('job-status').textContent(), { timeout: 60_000 })
      .toMatch(/Done/);
    expect(await page.getByTestId('job-status').textContent()).not.toMatch(/plain honoured/);
    for (const measure of ['deterrence', 'entanglement', 'escalation']) {
      const chart = page.getByTestId(`job-chart-${measure}`);
      expect(await chart.locator('.interval .whisker').count()).toBeGreaterThan(0);
      expect(await chart.locator('.model-interval').count()).toBeGreaterThan(0);
      expect(await chart.locator('figcaption').textContent()).toMatch(/model interval/);
    }
    await shoot(page, 'compare');
  });

  it('runs the sensitivity job and draws the tornado of the battery’s deterrence, widest bar first', async () => {
    const { page } = h;
    await page.getByTestId('sensitivity-trials').fill('128');
    await page.getByTestId('start-sensitivity').click();
    await expect
      .poll(() => page.getByTestId('sensitivity-status').textContent(), { timeout: 120_000 })
      .toMatch(/Done: \d+ runs of the battery/);
    // 1 + 2k runs for k parameters, one bar each.
    const runs = Number(
      (await page.getByTestId('sensitivity-status').textContent())!.match(/(\d+) runs/)![1],
    );
    const tornado = page.getByTestId('tornado-status-quo');
    const bars = (runs - 1) / 2;
    expect(bars).toBeGreaterThan(20);
    expect(await tornado.locator('.tornado-bar').count()).toBe(bars);
    // The widest bar on top: its low and high rectangles together span more than the last one's.
    const span = async (i: number) =>
      tornado
        .locator('.tornado-bar')
        .nth(i)
        .locator('rect')
        .evaluateAll((rs) => rs.reduce((w, r) => w + Number(r.getAttribute('width')), 0));
    expect(await span(0)).toBeGreaterThan(await span(bars - 1));
    expect(await page.getByTestId('sensitivity-rule').textContent()).toMatch(
      /± 1.96 standard errors/,
    );
    await tornado.screenshot({ path: join(screenshotDir, 'compare-tornado.png') });
  });

  it('names the reliability file the comparison used and draws the fitted model’s reliability diagrams', async () => {
    const { page } = h;
    const used = page.getByTestId('reliability-used');
    await used.waitFor();
    // The server's jobs use the library's default file, hand-set or fitted: name what it is.
    const [, file, sha] = (await used.textContent())!.match(
      /reliability file (\S+) \(sha256 (\w+)\)/,
    )!;
    expect(hash(readFileSync(resolve(libraryDir, '..', file!), 'utf8'))).toBe(sha);
    const fittedText = readFileSync(join(libraryDir, 'models', 'reliability-fitted.yaml'), 'utf8');
    const fitted = parseFittedReliability(fittedText, 'reliability-fitted.yaml');
    if (!fitted.ok) throw new Error('the library’s fitted file does not parse');
    const shown = page.getByTestId('calibration-shown');
    await shown.waitFor();
    expect(await shown.textContent()).toMatch(
      sha === hash(fittedText)
        ? /^Out-of-sample calibration of this fitted model/
        : new RegExp(
            `no out-of-sample calibration.*fitted model .*${hash(fittedText)}.*did not use`,
          ),
    );
    const { leaveOneWarOut, timeSplit } = fitted.value.calibration;
    for (const [i, diagram] of [leaveOneWarOut, timeSplit!].entries()) {
      const chart = page.getByTestId(`calibration-chart-${i}`);
      expect(await chart.locator('.decile circle').count()).toBe(diagram.bins.length);
      expect(await chart.locator('.diagonal').count()).toBe(1);
    }
    await page
      .getByTestId('calibration')
      .screenshot({ path: join(screenshotDir, 'compare-calibration.png') });
  });

  it('refuses a design whose id would replace a real treaty, and says why', async () => {
    const { page } = h;
    await page.getByTestId('tab-designer').click();
    await page.getByTestId('member-USA').check();
    await page.getByTestId('member-JPN').check();
    await page.getByTestId('design-id').fill('us-japan-1960');
    await expect
      .poll(() => page.getByTestId('design-issues').textContent(), { timeout: 15_000 })
      .toMatch(/already used by an agreement in the library/);
    expect(await page.getByTestId('design-save').isDisabled()).toBe(true);
    expect(await page.getByTestId('design-status').textContent()).toMatch(/Fix the issues/);
    // Leave the designer as the next test finds it: no members.
    await page.getByTestId('member-USA').uncheck();
    await page.getByTestId('member-JPN').uncheck();
  });

  it('designs a JPN–PHL pact and sees the battery and the comparison change', async () => {
    const { page } = h;
    await page.getByTestId('tab-designer').click();
    await page.getByTestId('member-JPN').check();
    await page.getByTestId('member-PHL').check();
    await page.getByTestId('design-id').fill('jpn-phl-pact');
    const senkaku = page.getByTestId('obliged-senkaku-landing');
    await expect
      .poll(() => senkaku.getAttribute('data-states'), { timeout: 15_000 })
      .toContain('PHL');
    expect(await senkaku.getAttribute('class')).toContain('changed');
    expect(await page.getByTestId('design-yaml').textContent()).toContain(
      'casus validate library/agreements/jpn-phl-pact.yaml',
    );
    await page.getByTestId('design-save').click();
    await expect
      .poll(() => page.getByTestId('design-status').textContent())
      .toContain('Saved as jpn-phl-pact');
    await shoot(page, 'designer');

    await page.getByTestId('tab-compare').click();
    const quick = page.getByTestId('quick-compare');
    // The quick comparison is a Monte Carlo in the page's worker: on a busy machine it takes seconds.
    await expect
      .poll(() => quick.getAttribute('data-series'), { timeout: 30_000 })
      .toContain('status-quo-with-design');
    const before = await page.getByTestId('quick-senkaku-landing-status-quo').textContent();
    const after = await page
      .getByTestId('quick-senkaku-landing-status-quo-with-design')
      .textContent();
    expect(after).not.toBe(before);
    await page.getByTestId('trials').fill('500');
    await page.getByTestId('start-job').click();
    await expect
      .poll(() => page.getByTestId('job-status').textContent(), { timeout: 30_000 })
      .toMatch(/Done/);
    expect(await page.getByTestId('job-chart-deterrence').textContent()).toContain(
      'status-quo+jpn-phl-pact',
    );
    await shoot(page, 'compare-with-design');
    expect(h.errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
