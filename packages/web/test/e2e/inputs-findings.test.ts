/** Issue 14 in Chromium: bad input in words (5), the skip link that stays on its view (7), Guam's findings grouped as the CLI groups them (9), place search by alternative names. */
import { expect, it } from 'vitest';
import { describeInChromium, shoot } from './harness.ts';

describeInChromium('workbench inputs and findings in Chromium', (h) => {
  const NO_CLAUSE = 'No clause of this architecture concerns this event';

  it('says in words what is wrong with a missing target, an empty or impossible date and an unknown place, never "no clause"', async () => {
    const { page } = h;
    await page.goto('/#/scenario');
    await page.waitForSelector('[data-testid=world-map][data-ready=true]');
    const findings = page.getByTestId('findings');
    const problems = page.getByTestId('input-problems');
    // No target yet: the answer waits for one, and says so.
    await expect.poll(() => problems.textContent()).toMatch(/Target place: choose a place/);
    expect(await findings.textContent()).not.toContain(NO_CLAUSE);
    await page.getByTestId('target-select').selectOption('JPN.senkaku');
    await page.locator('[data-testid=finding][data-obligor=USA]').first().waitFor();
    expect(await problems.count()).toBe(0);

    const date = page.getByTestId('scenario-date');
    await date.fill('');
    await expect.poll(() => problems.textContent()).toMatch(/Date: a date is required/);
    expect(await problems.textContent()).toContain('a calendar date written YYYY-MM-DD');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await findings.textContent()).not.toContain(NO_CLAUSE);
    expect(await page.locator('[data-testid=finding]').count()).toBe(0);

    await date.fill('275760-01-01');
    await expect.poll(() => problems.textContent()).toMatch(/Date: this value is not valid here/);
    const said = (await problems.textContent())!;
    expect(said).toContain('from 0001-01-01 to 9999-12-31');
    expect(said).toContain('275760-01-01');
    // Sentences, not JSON pointers.
    expect(await page.locator('main').textContent()).not.toMatch(/\/events\/0|\/target\/place/);
    expect(await findings.textContent()).not.toContain(NO_CLAUSE);

    await page.goto('/#/scenario?target=XYZ.atlantis');
    await page.reload();
    await expect
      .poll(() => page.getByTestId('input-problems').textContent())
      .toMatch(/Target place: place "XYZ.atlantis" is not in the gazetteer/);
    expect(await page.getByTestId('input-problems').textContent()).toMatch(/Did you mean/);
    expect(await page.getByTestId('findings').textContent()).not.toContain(NO_CLAUSE);
    expect(await page.locator('main').textContent()).not.toMatch(/\/events\/0|\/target\/place/);
    await shoot(page, 'scenario-bad-target');
  });

  it('warns when the date is outside the years the library covers, and says which they are', async () => {
    const { page } = h;
    await page.goto('/#/scenario?target=JPN.senkaku');
    await page.reload();
    await page.locator('[data-testid=finding][data-obligor=USA]').first().waitFor();
    const warning = page.getByTestId('date-coverage');
    // The date starts at today, after the month the library is curated through (2026-02).
    await expect.poll(() => warning.textContent()).toMatch(/is after 2026-02/);
    const date = page.getByTestId('scenario-date');
    for (const [day, words] of [
      ['1700-01-01', /before 1949-04-04/],
      ['2200-01-01', /after today/],
      ['2026-06-01', /after 2026-02, the month the library's agreements are curated through/],
    ] as const) {
      await date.fill(day);
      await expect.poll(() => warning.textContent()).toMatch(words);
      const text = (await warning.textContent())!;
      expect(text).toMatch(/The library covers 1949-04-04 to today/);
      // A warning, not a refusal: the answer is still given (on 1700-01-01, every clause not yet in force).
      await page.locator('[data-testid=finding]').first().waitFor({ state: 'attached' });
      expect(await page.getByTestId('input-problems').count()).toBe(0);
    }
    await date.fill('2024-11-01');
    await expect.poll(() => warning.count()).toBe(0);
  });

  it('"Skip to content" focuses the view’s content and keeps the route', async () => {
    const { page } = h;
    await page.goto('/#/compare');
    await page.reload();
    await page.getByRole('heading', { name: 'Compare architectures' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    // The hash carries the comparison's setup (issue 14): the skip link leaves it as it is.
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/^#\/compare\?/);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(hash);
    await page.getByRole('heading', { name: 'Compare architectures' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab from there goes into the view, not back to the header.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
    ).toBe(true);
  });

  it('groups Guam’s findings as the CLI does: obligors per article, defence first, “did not fire” by agreement, labels in words', async () => {
    const { page } = h;
    await page.goto('/#/scenario');
    await page.getByTestId('scenario-select').selectOption('guam-strike');
    const duties = page.getByTestId('findings-duty');
    await duties.locator('[data-testid=finding]').first().waitFor();
    const rows = duties.locator('[data-testid=finding]');
    // NATO's Article 4 once, for its thirty-one members: "CAN, GBR, FRA +28 → USA".
    const nato4 = duties.locator('[data-testid=finding][data-agreement=nato-1949]');
    expect(await nato4.count()).toBe(1);
    expect(await nato4.locator('.who').textContent()).toMatch(/^CAN, GBR, FRA \+\d+ → USA$/);
    expect(await nato4.locator('.who').getAttribute('title')).toContain('Canada');
    expect(Number(await nato4.getAttribute('data-obligors'))).toBeGreaterThan(20);
    expect(await rows.count()).toBeLessThan(10);
    // Defence before consultation.
    const obligations = await rows.evaluateAll((rs) =>
      rs.map((r) => r.getAttribute('data-obligation')),
    );
    expect(obligations[0]).toBe('must-defend');
    expect(obligations.lastIndexOf('must-defend')).toBeLessThan(
      obligations.indexOf('must-consult'),
    );
    // Codes in words, the code in the tooltip.
    const consult = nato4.locator('.badge.response');
    expect(await consult.textContent()).toBe('consult first');
    expect(await consult.getAttribute('title')).toContain('consult-first');
    expect(await page.getByTestId('scenario-sentence').textContent()).toContain('armed attack');
    // "Did not fire" collapsed by agreement with counts, opened on demand.
    const none = page.getByTestId('findings-none');
    const nato = none.locator('[data-testid=not-fired-agreement][data-agreement=nato-1949]');
    expect(await nato.locator(':scope > summary').textContent()).toMatch(/NATO.*\(\d+\)/);
    expect(await nato.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await none.locator('[data-testid=not-fired-agreement]').count()).toBeLessThan(10);
    await nato.locator(':scope > summary').click();
    const art5 = nato.locator('[data-testid=finding][data-article="Article 5"]').first();
    await art5.waitFor();
    expect(await art5.locator('.who').textContent()).toMatch(/\+\d+ → USA/);
    expect(await art5.locator('.badge.failed').textContent()).toBe('failed: area');
    // The decisions table names agreements, not their ids (the id in the tooltip).
    const slider = page.locator('[data-testid="decide-PHL:USA"]');
    await slider.waitFor({ timeout: 60_000 });
    const agreement = page
      .getByTestId('decisions-panel')
      .locator('td span[title="code: us-philippines-1951"]');
    expect(await agreement.textContent()).toBe('US–Philippines Mutual Defense Treaty (1951)');
    await shoot(page, 'scenario-guam-findings');
  });

  it('finds places by their alternative names, and says when nothing matches', async () => {
    const { page } = h;
    await page.goto('/#/map');
    const search = page.getByLabel('Find a place');
    const items = page.locator('[data-testid^="place-item-"]');
    for (const [q, id] of [
      ['Diaoyu', 'JPN.senkaku'],
      ['Takeshima', 'KOR.dokdo'],
      ['Dokdo', 'KOR.dokdo'],
      ['Ayungin', 'PHL.second-thomas-shoal'],
    ] as const) {
      await search.fill(q);
      await page.getByTestId(`place-item-${id}`).waitFor();
      expect(await items.count()).toBeLessThan(4);
    }
    expect(await page.getByTestId('place-item-JPN.senkaku').count()).toBe(0);
    await search.fill('Diaoyu');
    expect(await page.getByTestId('place-item-JPN.senkaku').textContent()).toContain('Diaoyu');
    await search.fill('Atlantis');
    await expect.poll(() => items.count()).toBe(0);
    expect(await page.getByTestId('place-search-empty').textContent()).toMatch(
      /No place matches “Atlantis”/,
    );
  });
});
