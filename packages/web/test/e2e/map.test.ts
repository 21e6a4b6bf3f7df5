/** The map in real Chromium: ANZUS drawn though Washington is off the map, zoom presets, labels that do not collide, the cascade round by round. */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, shoot } from './harness.ts';

/** The map's zoom transform, [k, x, y], as the SVG states it. */
async function zoomOf(page: Page): Promise<number[]> {
  const z = await page.getByTestId('world-map').first().getAttribute('data-zoom');
  return (z ?? '').split(',').map(Number);
}

/** Whether a place's marker is drawn inside the map's visible box. */
async function inView(page: Page, placeId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const svg = document.querySelector('[data-testid=world-map]')!.getBoundingClientRect();
    const m = document
      .querySelector(`[data-testid="place-${id}"] .marker`)
      ?.getBoundingClientRect();
    if (!m) return false;
    const [cx, cy] = [m.x + m.width / 2, m.y + m.height / 2];
    return cx >= svg.left && cx <= svg.right && cy >= svg.top && cy <= svg.bottom;
  }, placeId);
}

describeInChromium('the map in Chromium', (h) => {
  it('draws ANZUS in 2026, Australia to the United States, though Washington is off the map', async () => {
    const { page } = h;
    await page.goto('/#/map');
    await page.waitForSelector('[data-testid=world-map][data-ready=true]');
    await page.getByTestId('map-date').fill('2026-01-01');
    const anzus = page.locator('.links .link[data-agreements*="ANZUS"]');
    await expect.poll(() => anzus.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(
      await page.locator('[data-testid="link-AUS-USA"]').getAttribute('data-agreements'),
    ).toMatch(/ANZUS/);
  });

  it('zooms to the South China Sea from its preset button, and back with Reset, by keyboard', async () => {
    const { page } = h;
    expect(await zoomOf(page)).toEqual([1, 0, 0]);
    expect(await inView(page, 'JPN.senkaku')).toBe(true);
    await page.getByTestId('zoom-preset-south-china-sea').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await zoomOf(page))[0]).toBeGreaterThan(4);
    // The Spratlys and Scarborough Shoal are in the view; Tokyo's Senkakus and Guam are not.
    expect(await inView(page, 'CHN.spratly')).toBe(true);
    expect(await inView(page, 'CHN.scarborough-shoal')).toBe(true);
    expect(await inView(page, 'JPN.senkaku')).toBe(false);
    await shoot(page, 'map-south-china-sea');
    const k = (await zoomOf(page))[0]!;
    await page.getByTestId('zoom-out').click();
    await expect.poll(async () => (await zoomOf(page))[0]).toBeLessThan(k);
    await page.getByTestId('zoom-reset').click();
    await expect.poll(() => zoomOf(page)).toEqual([1, 0, 0]);
    await page.getByTestId('zoom-preset-world').click();
    await expect.poll(async () => (await zoomOf(page))[0]).toBeLessThan(1);
    await page.getByTestId('zoom-reset').click();
  });
});
