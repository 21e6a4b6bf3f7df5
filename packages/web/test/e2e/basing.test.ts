/** Basing in the workbench, in real headless Chromium: Japan's answer on Kadena decides whether it is in the Taiwan war. */
import { expect, it } from 'vitest';
import { describeInChromium, shoot } from './harness.ts';

describeInChromium('basing in the workbench', (h) => {
  it('links Japan in through Kadena when it consents, rings the base on the map, and leaves it out when it refuses', async () => {
    const { page } = h;
    await page.goto('/#/scenario');
    await page.waitForSelector('[data-testid=world-map][data-ready=true]');
    await page.getByTestId('scenario-select').selectOption('taiwan-invasion-basing');
    await page.getByTestId('mode-honoured').check();
    const run = async () => {
      await page.getByTestId('run-cascade').click();
      await page.getByTestId('cascade-table').waitFor();
    };
    // The first run, with no answer assumed, finds the hosts with bases in reach.
    await run();
    expect(await page.getByTestId('entry-JPN').count()).toBe(0);
    const reach = page.getByTestId('bases-in-reach');
    await expect
      .poll(() => reach.textContent())
      .toMatch(/United States of America in Japan: Kadena Air Base/);
    expect(await reach.textContent()).toContain("Japan's answer not assumed, so not used");

    const japan = page.getByTestId('basing-consent-JPN');
    await japan.selectOption('consents');
    await run();
    await expect
      .poll(() => page.getByTestId('base-link-JPN').textContent())
      .toBe('JPN ← CHN strikes USA forces at Kadena Air Base (JPN)');
    expect(await page.getByTestId('entry-JPN').getAttribute('data-base')).toBe('kadena-air-base');
    expect(await page.getByTestId('bases-JPN-USA').textContent()).toMatch(
      /Japan consents; struck by China/,
    );
    const kadena = page.locator('[data-testid="base-kadena-air-base"]');
    expect(await kadena.getAttribute('class')).toContain('base-linked');
    expect(await kadena.locator('title').textContent()).toMatch(
      /host Japan \(JPN\), used by United States[^;]*\(USA\).*brought its host into the war/,
    );
    // Futenma is in reach and used but did not bring Japan in itself: drawn, not ringed.
    expect(
      await page.locator('[data-testid="base-mcas-futenma"]').getAttribute('class'),
    ).not.toContain('base-linked');
    await shoot(page, 'cascade-taiwan-basing');

    await japan.selectOption('refuses');
    await run();
    expect(await page.getByTestId('entry-JPN').count()).toBe(0);
    expect(await page.getByTestId('base-link-JPN').count()).toBe(0);
    expect(await page.getByTestId('bases-JPN-USA').textContent()).toContain(
      'Japan refuses, so not used',
    );
    expect(await page.locator('.bases .base-linked').count()).toBe(0);
  });

  it('refuses a range the engine cannot take, in words; a shorter range and spared bases reach the cascade', async () => {
    const { page } = h;
    const range = page.getByTestId('basing-range');
    const problem = page.getByRole('alert').filter({ hasText: 'range' });
    await range.fill('-5');
    await expect
      .poll(() => problem.textContent())
      .toBe('the range must be above 0 km; the cascade uses 1,000 km');
    // 700 km: Kadena (named by the event) stays, Futenma (748 km from the scene) drops out.
    await range.fill('700');
    expect(await problem.count()).toBe(0);
    await page.getByTestId('basing-consent-JPN').selectOption('consents');
    await page.getByTestId('basing-strikes').selectOption('spared');
    await page.getByTestId('run-cascade').click();
    const japan = page.getByTestId('bases-JPN-USA');
    await japan.waitFor();
    const text = (await japan.textContent())!;
    expect(text).toContain('Kadena Air Base');
    expect(text).not.toContain('Futenma');
    // Spared: Japan consents, nobody strikes Kadena, so Japan is not at war.
    expect(text).toContain('Japan consents');
    expect(text).not.toContain('struck by');
    expect(await page.getByTestId('entry-JPN').count()).toBe(0);
    expect(h.errors).toEqual([]);
  });
});
