/** Issue 14, "Saved work", in Chromium: scenarios, designs and comparisons saved on the server, listed with when they were saved, reopened in their views, renamed, duplicated and deleted. */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, type Harness } from './harness.ts';

/** Each finding's obligor and article, and each cascade entry's round and side. */
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

/** The ids the server lists for a kind, as GET /api/saved/KIND answers. */
async function savedIds(h: Harness, kind: string): Promise<string[]> {
  const r = await fetch(new URL(`/api/saved/${kind}`, h.server.url));
  return ((await r.json()) as { id: string }[]).map((s) => s.id);
}

/** A fresh page on the map: nothing of the view that was saved is left in the store. */
async function freshMap(page: Page) {
  await page.goto('/#/map');
  await page.reload();
}

async function openSavedWork(page: Page) {
  await page.getByTestId('saved-work').click();
  await page.locator('[data-testid=saved-dialog][open]').waitFor();
}

const row = (page: Page, kind: string, id: string) => page.getByTestId(`saved-${kind}-${id}`);

describeInChromium('saved work in Chromium', (h) => {
  it('saves a scenario, and after a reload reopens it from the list with the same answer', async () => {
    const { page } = h;
    await page.goto('/#/scenario');
    await page.reload();
    // Two events: the second (the US flying from Kadena) must come back with the first.
    await page.getByTestId('scenario-select').selectOption('taiwan-invasion-basing');
    await page.getByTestId('run-cascade').click();
    await page.getByTestId('cascade-table').waitFor();
    await page.locator('[data-testid=finding]').first().waitFor();
    const shown = await answerOf(page);
    expect(shown.entries.length).toBeGreaterThan(1);
    await page.getByTestId('scenario-save-id').fill('my-taiwan');
    await page.getByTestId('scenario-save-button').click();
    await expect
      .poll(() => page.getByTestId('scenario-save-status').textContent())
      .toContain('Saved as my-taiwan');
    expect(await savedIds(h, 'scenarios')).toEqual(['my-taiwan']);

    await freshMap(page);
    await openSavedWork(page);
    const saved = row(page, 'scenarios', 'my-taiwan');
    expect(await saved.textContent()).toMatch(/Chinese invasion of Taiwan.*my-taiwan.*saved/);
    expect(await saved.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    await saved.getByTestId('saved-open').click();
    await page.getByTestId('run-cascade').waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/scenario\?/);
    expect(await page.locator('[data-testid=saved-dialog][open]').count()).toBe(0);
    await page.getByTestId('run-cascade').click();
    await page.getByTestId('cascade-table').waitFor();
    await page.locator('[data-testid=finding]').first().waitFor();
    expect(await answerOf(page)).toEqual(shown);
    // And the reopened link says it all: a reload gives the same answer again.
    await page.reload();
    await page.getByTestId('cascade-table').waitFor();
    await page.locator('[data-testid=finding]').first().waitFor();
    expect(await answerOf(page)).toEqual(shown);
    expect(h.errors).toEqual([]);
  });

  it('renames, duplicates and deletes a saved scenario, each seen in the list and by the server', async () => {
    const { page } = h;
    await freshMap(page);
    await openSavedWork(page);
    // The dialog takes the focus; Escape closes it and gives the focus back to its button.
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('[data-testid=saved-dialog]')),
    ).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid=saved-dialog][open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'saved-work',
    );
    await openSavedWork(page);

    await row(page, 'scenarios', 'my-taiwan').getByTestId('saved-rename').click();
    const newId = row(page, 'scenarios', 'my-taiwan').getByTestId('saved-new-id');
    expect(await newId.evaluate((e) => e === document.activeElement)).toBe(true);
    await newId.fill('taiwan-two');
    await row(page, 'scenarios', 'my-taiwan').getByTestId('saved-confirm').click();
    await row(page, 'scenarios', 'taiwan-two').waitFor();
    expect(await row(page, 'scenarios', 'my-taiwan').count()).toBe(0);
    expect(await savedIds(h, 'scenarios')).toEqual(['taiwan-two']);

    // A library scenario's id is refused, in words, and nothing changes.
    await row(page, 'scenarios', 'taiwan-two').getByTestId('saved-rename').click();
    await row(page, 'scenarios', 'taiwan-two').getByTestId('saved-new-id').fill('taiwan-invasion');
    await row(page, 'scenarios', 'taiwan-two').getByTestId('saved-confirm').click();
    await expect
      .poll(() => row(page, 'scenarios', 'taiwan-two').getByTestId('saved-error').textContent())
      .toMatch(
        /"taiwan-invasion" is the id of a scenario in the library; a saved scenario needs an id of its own/,
      );
    expect(await savedIds(h, 'scenarios')).toEqual(['taiwan-two']);

    await row(page, 'scenarios', 'taiwan-two').getByTestId('saved-duplicate').click();
    expect(
      await row(page, 'scenarios', 'taiwan-two').getByTestId('saved-new-id').inputValue(),
    ).toBe('taiwan-two-copy');
    await row(page, 'scenarios', 'taiwan-two').getByTestId('saved-confirm').click();
    await row(page, 'scenarios', 'taiwan-two-copy').waitFor();
    expect(await row(page, 'scenarios', 'taiwan-two').count()).toBe(1);
    expect(await savedIds(h, 'scenarios')).toEqual(['taiwan-two', 'taiwan-two-copy']);

    const copy = row(page, 'scenarios', 'taiwan-two-copy');
    await copy.getByTestId('saved-delete').click();
    expect(await copy.textContent()).toMatch(
      /Delete the scenario .*\(taiwan-two-copy\)\? This cannot be undone/,
    );
    // Asked, not done: the server still has it until the deletion is confirmed.
    expect(await savedIds(h, 'scenarios')).toEqual(['taiwan-two', 'taiwan-two-copy']);
    await copy.getByTestId('saved-confirm').click();
    await expect.poll(() => copy.count()).toBe(0);
    expect(await row(page, 'scenarios', 'taiwan-two').count()).toBe(1);
    expect(await savedIds(h, 'scenarios')).toEqual(['taiwan-two']);
    await page.getByTestId('saved-close').click();
  });

  it('lists a design saved in the designer, and reopens it there', async () => {
    const { page } = h;
    await page.goto('/#/designer');
    await page.reload();
    await page.getByTestId('member-JPN').check();
    await page.getByTestId('member-PHL').check();
    await page.getByTestId('design-id').fill('jpn-phl-saved');
    await expect
      .poll(() => page.getByTestId('design-save').isEnabled(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('design-save').click();
    await expect
      .poll(() => page.getByTestId('design-status').textContent())
      .toContain('Saved as jpn-phl-saved');

    await freshMap(page);
    await openSavedWork(page);
    const saved = row(page, 'agreements', 'jpn-phl-saved');
    await saved.getByTestId('saved-open').click();
    await expect
      .poll(() => page.getByTestId('design-id').inputValue(), { timeout: 15_000 })
      .toBe('jpn-phl-saved');
    expect(new URL(page.url()).hash).toMatch(/^#\/designer\?/);
    expect(await page.getByTestId('member-JPN').isChecked()).toBe(true);
    expect(await page.getByTestId('member-PHL').isChecked()).toBe(true);
    expect(await page.getByTestId('member-USA').isChecked()).toBe(false);
    await page.locator('[data-testid=effect-table] td').first().waitFor();
  });

  it('reopens a saved comparison with its architectures, trials and seed', async () => {
    const { page } = h;
    await page.goto('/#/compare');
    await page.reload();
    const exclusive = page.getByTestId('arch-asian-nato-exclusive');
    await exclusive.waitFor();
    await exclusive.uncheck();
    await page.getByTestId('trials').fill('700');
    await page.getByTestId('seed').fill('42');
    const checked = async () =>
      page
        .locator('[data-testid^=arch-]:checked')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    const chosen = await checked();
    expect(chosen).toContain('arch-status-quo');
    expect(chosen).not.toContain('arch-asian-nato-exclusive');
    await page.getByTestId('compare-save-id').fill('two-without-exclusive');
    await page.getByTestId('compare-save-button').click();
    await expect
      .poll(() => page.getByTestId('compare-save-status').textContent())
      .toContain('Saved as two-without-exclusive');
    const stored = await (
      await fetch(new URL('/api/saved/comparisons/two-without-exclusive', h.server.url))
    ).json();
    expect(stored.item).toMatchObject({ trials: 700, seed: 42, mode: 'probabilistic' });

    await freshMap(page);
    await openSavedWork(page);
    await row(page, 'comparisons', 'two-without-exclusive').getByTestId('saved-open').click();
    await page.getByTestId('trials').waitFor();
    expect(await page.getByTestId('trials').inputValue()).toBe('700');
    expect(await page.getByTestId('seed').inputValue()).toBe('42');
    expect(await checked()).toEqual(chosen);
    // Saved without a designed pact, it adds none.
    expect(await page.getByTestId('include-design').isChecked()).toBe(false);
  });

  it('reopens a saved comparison with the designed pact it added', async () => {
    const { page } = h;
    await freshMap(page);
    await openSavedWork(page);
    await row(page, 'agreements', 'jpn-phl-saved').getByTestId('saved-open').click();
    await expect
      .poll(() => page.getByTestId('design-id').inputValue(), { timeout: 15_000 })
      .toBe('jpn-phl-saved');
    await page.getByTestId('tab-compare').click();
    await expect
      .poll(() => page.getByTestId('include-design').isChecked(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('compare-save-id').fill('with-jpn-phl');
    await page.getByTestId('compare-save-button').click();
    await expect
      .poll(() => page.getByTestId('compare-save-status').textContent())
      .toContain('Saved as with-jpn-phl');

    await freshMap(page);
    await openSavedWork(page);
    await row(page, 'comparisons', 'with-jpn-phl').getByTestId('saved-open').click();
    await expect
      .poll(() => page.getByTestId('include-design').isChecked(), { timeout: 15_000 })
      .toBe(true);
    await expect
      .poll(() => page.getByTestId('quick-compare').getAttribute('data-series'), {
        timeout: 30_000,
      })
      .toContain('status-quo-with-design');
    // The one refusal asked for above (a rename onto a library id) is the only console error.
    expect(h.errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
  });
});
