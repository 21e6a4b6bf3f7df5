/** Issue 14, "State in the URL", in Chromium: a copied link reproduces a cascade, Back and Forward move between scenario states, a reload keeps a design and a comparison's setup. */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium } from './harness.ts';

/** What the scenario view answers: each finding's obligor and article, and each cascade entry's round and side. */
async function answerOf(page: Page) {
  const findings = await page
    .locator('[data-testid=finding]')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-obligor')} ${e.getAttribute('data-article')}`).sort(),
    );
  const entries = await page
    .locator('[data-testid^=entry-]')
    .evaluateAll((els) =>
      els.map((e) => `${e.dataset.testid} ${e.dataset.round} ${e.dataset.side}`).sort(),
    );
  return { findings, entries };
}

describeInChromium('state in the URL in Chromium', (h) => {
  it('reproduces a cascade from a copied link, in a fresh browser context', async () => {
    const { page, browser, server } = h;
    await page.goto('/#/scenario');
    await page.reload();
    await page.getByTestId('scenario-select').selectOption('korea-invasion-2025');
    await page.getByTestId('mode-honoured').check();
    await page.getByTestId('run-cascade').click();
    await page.getByTestId('cascade-table').waitFor();
    await page.locator('[data-testid=finding]').first().waitFor();
    const shown = await answerOf(page);
    expect(shown.entries.length).toBeGreaterThan(2);
    expect(shown.findings.length).toBeGreaterThan(0);
    const link = page.url();
    expect(link).toContain('scenario=korea-invasion-2025');

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const other = await context.newPage();
      await other.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
      await other.getByTestId('cascade-table').waitFor();
      await other.locator('[data-testid=finding]').first().waitFor();
      expect(await other.getByTestId('scenario-select').inputValue()).toBe('korea-invasion-2025');
      expect(await other.getByTestId('mode-honoured').isChecked()).toBe(true);
      expect(await answerOf(other)).toEqual(shown);
      expect(await other.getByTestId('url-notices').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('moves between two scenario states with Back and Forward', async () => {
    const { page } = h;
    await page.goto('/#/scenario');
    await page.reload();
    const select = page.getByTestId('scenario-select');
    const usa = page.locator('[data-testid=finding][data-obligor=USA]').first();
    await select.selectOption('senkaku-landing');
    await usa.waitFor();
    const senkaku = await answerOf(page);
    await select.selectOption('nz-attack');
    await expect.poll(() => page.getByTestId('target-select').inputValue()).toMatch(/^NZL\./);
    await expect.poll(async () => (await answerOf(page)).findings).not.toEqual(senkaku.findings);

    await page.goBack();
    await expect.poll(() => select.inputValue()).toBe('senkaku-landing');
    expect(await page.getByTestId('target-select').inputValue()).toBe('JPN.senkaku');
    await expect.poll(async () => (await answerOf(page)).findings).toEqual(senkaku.findings);

    await page.goForward();
    await expect.poll(() => select.inputValue()).toBe('nz-attack');
    await expect.poll(() => page.getByTestId('target-select').inputValue()).toMatch(/^NZL\./);
  });

  it('falls back to the defaults for a link’s unknown parameters and says so', async () => {
    const { page } = h;
    // A fresh load of the link (the view rewrites its hash with what it used, so no reload after).
    await page.goto('about:blank');
    await page.goto(
      '/#/scenario?arch=atlantis-pact&kind=teleport&target=JPN.senkaku&basing=notpacked',
    );
    const notices = page.getByTestId('url-notices');
    await expect.poll(() => notices.textContent()).toContain('architecture "atlantis-pact"');
    expect(await notices.textContent()).toContain('event "teleport"');
    expect(await notices.textContent()).toContain('basing assumptions could not be read');
    await page.locator('[data-testid=finding][data-obligor=USA]').first().waitFor();
    // The link now says what is shown: the library's architecture and event, no basing.
    const shown = new URL(page.url()).hash;
    expect(shown).toMatch(/arch=status-quo&.*kind=armed-attack/);
    expect(shown).not.toMatch(/atlantis|teleport|basing/);
    // Nothing thrown (the decisions panel's jobs of the tests before may be refused with 429: two run at once).
    expect(h.errors.filter((e) => !/status of 429/.test(e))).toEqual([]);
  });

  it('keeps a design in the designer across a reload, and when the view is left and reopened', async () => {
    const { page } = h;
    await page.goto('/#/designer');
    await page.reload();
    await page.getByTestId('member-JPN').check();
    await page.getByTestId('member-PHL').check();
    await page.getByTestId('design-id').fill('jpn-phl-kept');
    await page.getByTestId('design-name').fill('Japan–Philippines pact, kept');
    const senkaku = page.getByTestId('obliged-senkaku-landing');
    await expect
      .poll(() => senkaku.getAttribute('data-states'), { timeout: 15_000 })
      .toContain('PHL');
    await page.reload();
    await expect.poll(() => page.getByTestId('design-id').inputValue()).toBe('jpn-phl-kept');
    expect(await page.getByTestId('design-name').inputValue()).toBe('Japan–Philippines pact, kept');
    expect(await page.getByTestId('member-PHL').isChecked()).toBe(true);
    expect(await page.getByTestId('member-USA').isChecked()).toBe(false);
    await expect
      .poll(() => senkaku.getAttribute('data-states'), { timeout: 15_000 })
      .toContain('PHL');
    // Another view and back by its tab: the store kept the design.
    await page.getByTestId('tab-map').click();
    await page.getByTestId('agreements-in-force').waitFor();
    await page.getByTestId('tab-designer').click();
    await expect.poll(() => page.getByTestId('design-id').inputValue()).toBe('jpn-phl-kept');
    expect(page.url().length).toBeLessThan(1000);
  });

  it('keeps the comparison’s architectures, trials and seed across a reload', async () => {
    const { page } = h;
    await page.goto('/#/compare');
    await page.reload();
    const exclusive = page.getByTestId('arch-asian-nato-exclusive');
    await exclusive.waitFor();
    expect(await exclusive.isChecked()).toBe(true);
    await exclusive.uncheck();
    await page.getByTestId('trials').fill('3000');
    await page.getByTestId('seed').fill('7');
    await page.reload();
    await page.getByTestId('trials').waitFor();
    expect(await page.getByTestId('trials').inputValue()).toBe('3000');
    expect(await page.getByTestId('seed').inputValue()).toBe('7');
    expect(await page.getByTestId('arch-asian-nato-exclusive').isChecked()).toBe(false);
    expect(await page.getByTestId('arch-status-quo').isChecked()).toBe(true);
    await expect
      .poll(() => page.getByTestId('quick-compare').getAttribute('data-series'))
      .not.toContain('asian-nato-exclusive');
  });

  it('keeps the map’s date and chosen place across a reload, and Back returns to the place before', async () => {
    const { page } = h;
    await page.goto('/#/map');
    await page.reload();
    await page.getByTestId('map-date').fill('1960-01-01');
    await page.getByTestId('place-item-JPN.senkaku').click();
    await page.getByTestId('place-details').waitFor();
    await page.getByTestId('place-item-USA.guam').click();
    await expect.poll(() => page.getByTestId('place-details').textContent()).toContain('Guam');
    await page.reload();
    await expect.poll(() => page.getByTestId('place-details').textContent()).toContain('Guam');
    expect(await page.getByTestId('map-date').inputValue()).toBe('1960-01-01');
    await page.goBack();
    await expect.poll(() => page.getByTestId('place-details').textContent()).toContain('Senkaku');
  });

  it('carries the designed pact in the comparison’s link: a fresh context compares the same pact', async () => {
    const { page, browser, server } = h;
    await page.goto('/#/designer');
    await page.reload();
    await page.getByTestId('member-JPN').check();
    await page.getByTestId('member-PHL').check();
    await page.getByTestId('design-id').fill('jpn-phl-link');
    await expect
      .poll(() => page.getByTestId('design-status').textContent(), { timeout: 15_000 })
      .toMatch(/valid/);
    await page.getByTestId('tab-compare').click();
    const series = (p: Page) => p.getByTestId('quick-compare').getAttribute('data-series');
    await expect.poll(() => series(page), { timeout: 30_000 }).toContain('with-design');
    await expect.poll(() => page.url()).toContain('pact=');
    const link = page.url().replace(/^https?:\/\/[^/]+/, server.url);

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const other = await context.newPage();
      await other.goto(link);
      await expect.poll(() => series(other), { timeout: 30_000 }).toContain('with-design');
      expect(await other.getByTestId('include-design').isChecked()).toBe(true);
      await other.getByTestId('tab-designer').click();
      await expect.poll(() => other.getByTestId('design-id').inputValue()).toBe('jpn-phl-link');
      expect(await other.getByTestId('member-PHL').isChecked()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('keeps the SOFA matrix and the incident across a reload and the designer tab; a caveat mark keeps the route', async () => {
    const { page } = h;
    await page.goto('/#/sofa');
    await page.reload();
    await page.getByTestId('sofa-matrix').waitFor();
    await page.getByTestId('sofa-compare-date').fill('2024-06-01');
    await page.getByTestId('sofa-column-us-rok-sofa-1966').uncheck();
    await page.getByTestId('incident-duty-no').check();
    await page.getByTestId('incident-held-receiving').check();
    await page.getByTestId('incident-answer').waitFor();
    const answer = await page.getByTestId('incident-answer').textContent();
    await page.reload();
    await page.getByTestId('incident-answer').waitFor();
    expect(await page.getByTestId('sofa-compare-date').inputValue()).toBe('2024-06-01');
    expect(await page.getByTestId('sofa-column-us-rok-sofa-1966').isChecked()).toBe(false);
    expect(await page.getByTestId('sofa-column-germany-sa-1959').isChecked()).toBe(true);
    expect(await page.getByTestId('incident-duty-no').isChecked()).toBe(true);
    expect(await page.getByTestId('incident-held-receiving').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('incident-answer').textContent()).toBe(answer);
    // To the SOFA designer and back by the view's own tabs.
    await page.getByTestId('sofa-tab-design').click();
    await page.getByTestId('sofa-tab-compare').click();
    await page.getByTestId('incident-answer').waitFor();
    expect(await page.getByTestId('incident-duty-no').isChecked()).toBe(true);
    // A caveat mark scrolls to the caveats without leaving the view (it used to open the map).
    await page.locator('.sofa-matrix th .caveat-mark').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#\/sofa\?/);
    await expect.poll(() => page.getByTestId('sofa-caveat').first().isVisible()).toBe(true);
    expect(await page.getByTestId('sofa-matrix').count()).toBe(1);
  });
});
