/** The treaty designer explains a null effect in real Chromium (a JPN–PHL pact adds nothing at Second Thomas Shoal, and Japan's 2015 law is why), and opens the design in the scenario builder and the comparison. */
import { expect, it } from 'vitest';
import { describeInChromium, shoot } from './harness.ts';

describeInChromium('the designer’s null effects in Chromium', (h) => {
  it('names Japan’s 2015 law, with its source, where a JPN–PHL pact changes nothing', async () => {
    const { page } = h;
    await page.goto('/#/designer');
    await page.getByTestId('member-JPN').check();
    await page.getByTestId('member-PHL').check();
    await page.getByTestId('design-id').fill('jpn-phl-pact');
    // The pact changes the Senkaku row, so no explanation there; the shoal's row is unchanged.
    await expect
      .poll(() => page.getByTestId('obliged-senkaku-landing').getAttribute('data-states'), {
        timeout: 15_000,
      })
      .toContain('PHL');
    expect(await page.getByTestId('null-effect-senkaku-landing').count()).toBe(0);
    const shoal = page.getByTestId('null-effect-second-thomas-shoal');
    await shoal.waitFor();
    const reason = shoal.locator('[data-condition="domestic-constraint"]');
    expect(await reason.textContent()).toMatch(
      /^Japan \(Article 1\): Japan's Legislation for Peace and Security \(2015\) lets Japan use force for another state only if it is in a close relationship with Japan/,
    );
    const law = (await shoal.getByTestId('null-effect-law').textContent())!;
    expect(law).toContain('Legislation for Peace and Security (Japan):');
    expect(law).toContain('survival-threatening situation');
    expect(law).toContain('Source: shared/reference/treaty-texts.md §13');
    await shoot(page, 'designer-null-effect');
    expect(h.errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  }, 60_000);

  it('opens the design in the scenario builder from its row, where the pact adds the Philippines’ duty, and in the comparison', async () => {
    const { page } = h;
    // The design of the test before is still the designer's.
    await page.getByTestId('trace-senkaku-landing').click();
    await expect.poll(() => page.url()).toMatch(/#\/scenario\?.*scenario=senkaku-landing.*pact=/);
    const withDesign = page.getByTestId('scenario-with-design');
    await expect.poll(() => withDesign.isChecked()).toBe(true);
    const philippines = page.locator('[data-testid=finding][data-obligor=PHL]');
    await expect.poll(() => philippines.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await shoot(page, 'scenario-with-design');
    // Without the pact the Philippines owe Japan nothing at the Senkakus.
    await withDesign.uncheck();
    await expect.poll(() => philippines.count()).toBe(0);
    await page.locator('[data-testid=finding][data-obligor=USA]').first().waitFor();
    // Back restores the pact.
    await page.goBack();
    await expect.poll(() => withDesign.isChecked()).toBe(true);
    await expect.poll(() => philippines.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto('/#/designer');
    await page.getByTestId('design-open-compare').click();
    await expect.poll(() => page.url()).toMatch(/#\/compare\?.*pact=/);
    expect(h.errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  }, 60_000);
});
