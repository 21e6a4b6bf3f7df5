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

/** Pairs of drawn label texts (place and country names) whose boxes on the page intersect. */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-testid=world-map]')!.getBoundingClientRect();
    const boxes = [
      ...document.querySelectorAll(
        '[data-testid=world-map] .place-label, [data-testid=world-map] .country-label',
      ),
    ]
      .map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }))
      .filter(
        ({ r }) =>
          r.right > svg.left && r.left < svg.right && r.bottom > svg.top && r.top < svg.bottom,
      );
    const clash: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.r, boxes[j]!.r];
        if (
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5
        )
          clash.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
      }
    return clash;
  });
}

/** Pairs of the given places whose markers on the page intersect. */
async function overlappingMarkers(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const boxes = list.map((id) => ({
      id,
      r: document.querySelector(`[data-testid="place-${id}"] .marker`)!.getBoundingClientRect(),
    }));
    const clash: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.r, boxes[j]!.r];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          clash.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
      }
    return clash;
  }, ids);
}

/** The country names drawn on the map. */
const countryLabels = (page: Page) =>
  page.locator('[data-testid=world-map] .country-label').allTextContents();

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

  it('names countries and places with no two labels overlapping, at every view, and keeps the markers around Taiwan apart', async () => {
    const { page } = h;
    await page.goto('/#/map');
    await page.waitForSelector('[data-testid=world-map][data-ready=true]');
    await expect.poll(() => countryLabels(page)).toContain('China');
    expect(await countryLabels(page)).toContain('Australia');
    await shoot(page, 'map-labels');
    expect(await page.locator('.place-label').count()).toBeGreaterThan(5);
    expect(await overlappingLabels(page)).toEqual([]);
    const taiwanArea = ['TWN.kinmen', 'TWN.matsu', 'TWN.penghu', 'TWN.pratas', 'JPN.senkaku'];
    expect(await overlappingMarkers(page, taiwanArea)).toEqual([]);
    for (const preset of ['northeast-asia', 'south-china-sea', 'europe', 'world']) {
      await page.getByTestId(`zoom-preset-${preset}`).click();
      await expect.poll(async () => (await zoomOf(page))[0]).not.toBe(1);
      await shoot(page, `map-${preset}`);
      expect({ preset, clash: await overlappingLabels(page) }).toEqual({ preset, clash: [] });
      if (preset === 'northeast-asia')
        expect(await overlappingMarkers(page, taiwanArea)).toEqual([]);
      if (preset === 'europe') expect(await countryLabels(page)).toContain('Germany');
    }
    // Zoomed in on the South China Sea, smaller states are named that the whole frame has no room for.
    await page.getByTestId('zoom-preset-south-china-sea').click();
    await expect.poll(() => countryLabels(page)).toContain('Cambodia');
    await page.getByTestId('zoom-reset').click();
    expect(await countryLabels(page)).not.toContain('Cambodia');
  });
});

describeInChromium('the cascade on the map in Chromium', (h) => {
  /**
   * The computed fill of a state's country shape once settled: fills ease in over 0.4 s (a CSS
   * transition), so it is read until two reads half a second apart agree.
   */
  const fillOf = async (page: Page, state: string) => {
    const read = () =>
      page
        .locator(`.countries path[data-state="${state}"]`)
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    for (let last = await read(); ; ) {
      await page.waitForTimeout(500);
      const now = await read();
      if (now === last) return now;
      last = now;
    }
  };

  it('shades the attacked state and the attacker, then fills each side as the cascade reaches it, round by round', async () => {
    const { page } = h;
    await page.goto('/#/scenario?scenario=korea-invasion-2025');
    await page.waitForSelector('[data-testid=world-map][data-ready=true]');
    await page.locator('[data-testid=finding]').first().waitFor();
    const plain = await fillOf(page, 'MNG'); // in no cascade of Korea's
    // Before the cascade: the attacked state is marked as attacked, the actor filled as attacker.
    await expect.poll(() => page.locator('.countries path.attacked').count()).toBeGreaterThan(0);
    expect(await page.locator('.countries path.attacked').first().getAttribute('data-state')).toBe(
      'KOR',
    );
    const attacker = await fillOf(page, 'PRK');
    expect(attacker).not.toBe(plain);

    await page.getByTestId('mode-honoured').check();
    await page.getByTestId('run-cascade').click();
    const slider = page.getByTestId('round-slider');
    await slider.waitFor();
    // The cascade plays itself round by round first; once at its last round it stops.
    await expect
      .poll(() => page.getByTestId('round-label').textContent(), { timeout: 15_000 })
      .toMatch(/^Round (\d+) of \1$/);
    await slider.fill('0');
    await expect.poll(() => page.getByTestId('round-label').textContent()).toMatch(/^Round 0 of/);
    // The United States enters in round 1: unfilled at round 0, the defenders' colour at round 1.
    expect(await fillOf(page, 'USA')).toBe(plain);
    await slider.fill('1');
    const defender = await fillOf(page, 'USA');
    expect([plain, attacker]).not.toContain(defender);
    expect(await fillOf(page, 'PRK')).toBe(attacker);
    await slider.fill('0');
    expect(await fillOf(page, 'USA')).toBe(plain);
    expect(h.errors).toEqual([]);
  });
});
