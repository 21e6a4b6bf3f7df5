/** The alliance network view in real Chromium over a store imported from CASUS_DATA_MIRROR: NATO's founders tied in 1950, the year slider moved by keyboard, a link that reopens the same year, the 2016 system carried to 2018 with its assumption, the Louvain seed in the link and the request. */

import type { NetworkYearAnswer } from '@casus/core/network-answer';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, type Harness, hasResearchData, shoot } from './harness.ts';

/** The server's own answer for a year, to check the page against. */
async function served(h: Harness, query: string): Promise<NetworkYearAnswer> {
  const r = await fetch(new URL(`/api/network?${query}`, h.server.url));
  expect(r.status).toBe(200);
  return (await r.json()) as NetworkYearAnswer;
}

/** Waits until the view shows the answer for `year`. */
const shown = (page: Page, year: number) =>
  page.locator(`[data-testid=network-summary][data-year="${year}"]`).waitFor({ timeout: 30_000 });

const summary = (page: Page, what: string) => page.getByTestId(`summary-${what}`).textContent();

const research = it.skipIf(!hasResearchData);

/** Each allied state's community as the page's table shows it, by ISO3. */
const tableCommunities = (page: Page) =>
  page
    .locator('[data-testid^=network-row-]')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [
          r.getAttribute('data-testid')!.slice('network-row-'.length),
          r.querySelector('[data-testid=community]')!.textContent!.trim(),
        ]),
      ),
    );

/** Each allied state's community in a server answer, by ISO3. */
const answerCommunities = (a: NetworkYearAnswer) =>
  Object.fromEntries(a.nodes.filter((n) => n.degree > 0).map((n) => [n.iso3, String(n.community)]));

describeInChromium(
  'the alliance network view in Chromium',
  (h) => {
    research(
      'ties NATO’s founders by defence in 1950, the United States with the degree the server gives',
      async () => {
        const { page } = h;
        await page.goto('/#/network?year=1950&type=defense');
        await shown(page, 1950);
        const answer = await served(h, 'year=1950&type=defense&seed=1');
        const usa = answer.nodes.find((n) => n.iso3 === 'USA')!;
        expect(usa.degree).toBeGreaterThan(20);
        for (const pair of ['GBR-USA', 'FRA-USA', 'CAN-USA', 'FRA-GBR'])
          expect(await page.getByTestId(`tie-${pair}`).count(), pair).toBe(1);
        expect(await page.getByTestId('node-USA').getAttribute('data-degree')).toBe(
          String(usa.degree),
        );
        expect(await page.getByTestId('network-row-USA').getByTestId('degree').textContent()).toBe(
          String(usa.degree),
        );
        expect(await summary(page, 'ties')).toBe(String(answer.summary.edges));
        expect(await page.locator('[data-testid^=tie-]').count()).toBe(answer.summary.edges);
        expect(await page.getByTestId('network-data').textContent()).toContain('atop 5.1');
        expect(await page.getByTestId('network-data').textContent()).toContain('seed 1');
        await shoot(page, 'network-1950-defense');
      },
    );

    research(
      'moves the year with the arrow keys, the figures following, and the link reopens that year',
      async () => {
        const { page } = h;
        await page.goto('/#/network?year=1950&type=defense');
        await page.reload();
        await shown(page, 1950);
        const before = await summary(page, 'ties');
        const slider = page.getByTestId('network-year');
        await slider.focus();
        for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
        await shown(page, 1955);
        const answer = await served(h, 'year=1955&type=defense&seed=1');
        expect(await summary(page, 'ties')).toBe(String(answer.summary.edges));
        expect(await summary(page, 'ties')).not.toBe(before);
        expect(await page.getByTestId('network-year-number').inputValue()).toBe('1955');
        expect(page.url()).toContain('year=1955');
        // West Germany joined NATO in May 1955.
        expect(await page.getByTestId('tie-GFR-USA').count()).toBe(1);
        await page.reload();
        await shown(page, 1955);
        expect(await slider.inputValue()).toBe('1955');
        const copied = await page.context().newPage();
        await copied.goto(page.url());
        await shown(copied, 1955);
        expect(await copied.getByTestId('summary-ties').textContent()).toBe(
          String(answer.summary.edges),
        );
        await copied.close();
        expect(h.errors).toEqual([]);
      },
    );

    research(
      'types a year, picks a region, and says so when a year has no tie of the type',
      async () => {
        const { page } = h;
        await page.goto('/#/network?year=1950&type=defense');
        await shown(page, 1950);
        await page.getByTestId('network-year-number').fill('1962');
        await shown(page, 1962);
        await page.getByTestId('network-region').selectOption('europe');
        await page.locator('[data-testid=network-summary][data-year="1962"]').waitFor();
        await page.waitForFunction(() => location.hash.includes('region=europe'));
        const europe = await served(h, 'year=1962&type=defense&region=europe&seed=1');
        await page.waitForFunction(
          (n) => document.querySelector('[data-testid=summary-states]')?.textContent === String(n),
          europe.summary.nodes,
        );
        await page.goto('/#/network?year=2000&type=offense');
        await page.getByTestId('network-empty').waitFor();
        expect(await page.getByTestId('network-empty').textContent()).toContain(
          'share offence pledges in 2000',
        );
        expect(await page.getByTestId('network-graph').count()).toBe(0);
      },
    );

    research(
      'carries the 2016 system to 2018 by a ticked box, states the assumption, and the link keeps it',
      async () => {
        const { page } = h;
        await page.goto('/#/network?year=2016&type=defense');
        await shown(page, 2016);
        const slider = page.getByTestId('network-year');
        expect(await slider.getAttribute('max')).toBe('2016');
        expect(await page.getByTestId('network-assumption').count()).toBe(0);
        const box = page.getByRole('checkbox', {
          name: 'Carry the 2016 state system through 2018 (an assumption)',
        });
        await box.focus();
        await page.keyboard.press('Space');
        await page.waitForFunction(() => location.hash.includes('carryTo=2018'));
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid=network-year]')?.getAttribute('max') === '2018',
        );
        await slider.focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await shown(page, 2018);
        const answer = await served(h, 'year=2018&type=defense&seed=1&carryTo=2018');
        expect(answer.assumptions).toHaveLength(1);
        expect(answer.assumptions[0]).toContain('195 members of the COW state system');
        const assumption = page.getByTestId('network-assumption');
        expect(await assumption.textContent()).toBe(`Assumption: ${answer.assumptions[0]}`);
        expect(await summary(page, 'states')).toBe('195');
        expect(await summary(page, 'ties')).toBe(String(answer.summary.edges));
        expect(page.url()).toContain('year=2018');
        await page.reload();
        await shown(page, 2018);
        expect(await box.isChecked()).toBe(true);
        expect(await slider.inputValue()).toBe('2018');
        expect(await assumption.textContent()).toBe(`Assumption: ${answer.assumptions[0]}`);
        // Without the carry, the year goes back to the system's last, and the assumption with it.
        await box.focus();
        await page.keyboard.press('Space');
        await shown(page, 2016);
        expect(page.url()).not.toContain('carryTo');
        expect(await page.getByTestId('network-assumption').count()).toBe(0);
        expect(h.errors).toEqual([]);
      },
    );

    research('answers a link to 2017 without the carry with the server’s words', async () => {
      const { page } = h;
      await page.goto('/#/network?year=2017&type=defense');
      const alert = page.getByTestId('network-unavailable');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain('covers 1816–2016');
      expect(text).toContain('add carryTo=2018');
      expect(text).toContain('Tick “Carry the 2016 state system through 2018 (an assumption)”');
    });

    research(
      'takes a typed Louvain seed into the link and the request, with that seed’s communities',
      async () => {
        const { page } = h;
        // Seeds 1 and 7 split the 1962 network of any alliance differently.
        await page.goto('/#/network?year=1962&type=any');
        await shown(page, 1962);
        const first = await served(h, 'year=1962&type=any&seed=1');
        expect(await tableCommunities(page)).toEqual(answerCommunities(first));
        const asked = page.waitForRequest(
          (r) =>
            r.url().includes('/api/network?') && new URL(r.url()).searchParams.get('seed') === '7',
        );
        await page.getByRole('spinbutton', { name: /Louvain seed/ }).fill('7');
        await asked;
        await page.waitForFunction(() => location.hash.includes('seed=7'));
        await page.getByTestId('network-data').filter({ hasText: 'seed 7' }).waitFor();
        const seven = await served(h, 'year=1962&type=any&seed=7');
        expect(answerCommunities(seven)).not.toEqual(answerCommunities(first));
        expect(await tableCommunities(page)).toEqual(answerCommunities(seven));
        await page.reload();
        await page.getByTestId('network-data').filter({ hasText: 'seed 7' }).waitFor();
        expect(await page.getByTestId('network-seed').inputValue()).toBe('7');
        expect(await tableCommunities(page)).toEqual(answerCommunities(seven));
      },
    );

    it('refuses a year outside the store in words', async () => {
      const { page } = h;
      await page.goto('/#/network?year=1815&type=defense');
      const alert = page.getByTestId('network-unavailable');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(
        hasResearchData ? '1816–2016' : 'casus data import',
      );
    });
  },
  { researchData: true },
);
