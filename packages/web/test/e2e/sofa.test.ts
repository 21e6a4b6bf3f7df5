/** The SOFA view in real headless Chromium: the 1995 Okinawa-like incident by clicking, its trace and article text, and the comparison matrix's colours. */
import { expect, it } from 'vitest';
import { describeInChromium, shoot } from './harness.ts';

describeInChromium('the SOFA view in Chromium', (h) => {
  it('answers the 1995 Okinawa-like incident: Japan’s primary right, US custody until indictment with Article XVII(5)(c)’s text in the trace', async () => {
    const { page } = h;
    await page.goto('/#/map');
    await page.getByTestId('tab-sofa').click();
    await page.getByTestId('incident-sofa').waitFor();
    expect(await page.getByTestId('tab-sofa').getAttribute('aria-current')).toBe('page');
    await page.getByTestId('incident-sofa').selectOption('us-japan-sofa-1960');
    await page.getByTestId('incident-date').fill('1995-09-04');
    await page.getByTestId('incident-person-member').click();
    await page.getByTestId('incident-duty-no').click();
    await page.getByTestId('incident-offence').selectOption('rape');
    await page.getByTestId('incident-victim-host-national').click();
    await page.getByTestId('incident-place').selectOption('JPN.okinawa');

    const jurisdiction = page.getByTestId('step-jurisdiction');
    await expect
      .poll(() => jurisdiction.getByTestId('step-answer').textContent())
      .toBe('Japan (receiving State) has the primary right to exercise jurisdiction');
    expect(await jurisdiction.getAttribute('data-rule')).toBe('jp-xvii-3b');
    expect(await jurisdiction.textContent()).toContain('Article XVII(3)');

    const custody = page.getByTestId('step-custody');
    expect(await custody.getAttribute('data-rule')).toBe('jp-xvii-5c');
    expect(await custody.getByTestId('step-answer').textContent()).toBe(
      'custody with United States of America (sending State), until Japan charges (indicts) him',
    );
    expect(await custody.getByTestId('text-status').textContent()).toBe('verbatim text');
    // The trace: every condition passed, its person and the custody of the accused among them.
    const trace = custody.locator('.trace li');
    expect(await trace.count()).toBeGreaterThanOrEqual(4);
    expect(await custody.locator('.trace .fail').count()).toBe(0);
    expect(await custody.locator('.trace').textContent()).toContain(
      'custody: in the hands of the sending State, which the rule covers',
    );
    // The article's text, with the words that carry the rule marked.
    expect(await custody.getByTestId('article-text').locator('mark').textContent()).toBe(
      'shall, if he is in the hands of the United States, remain with the United States until he is charged by Japan',
    );
    // Before the October 1995 arrangement its heinous-crimes rule did not apply, and says why.
    const notApplied = page.getByTestId('not-applied');
    await notApplied.locator('> summary').click();
    const miss = notApplied.locator('[data-testid=miss][data-rule="jp-1995-heinous"]');
    expect(await miss.locator('summary').textContent()).toMatch(/in-force: .* after 1995-09-04/);
    await miss.locator('summary').click();
    expect(await miss.locator('.trace .fail').count()).toBe(1);
    expect(await miss.locator('.trace .test').textContent()).toBe('in-force');
    await shoot(page, 'sofa-incident-okinawa-1995');

    // After the arrangement, the same incident carries Japan's request for custody before indictment.
    await page.getByTestId('incident-date').fill('1996-01-10');
    const heinous = page.locator('[data-testid=step-request][data-rule="jp-1995-heinous"]');
    await heinous.waitFor();
    expect(await heinous.getByTestId('step-answer').textContent()).toMatch(
      /^Japan \(receiving State\) may request transfer of custody before indictment/,
    );
    // No date: the answer gives way to core's issue, at its field, in words.
    await page.getByTestId('incident-date').fill('');
    await expect.poll(() => page.getByTestId('incident-issues').textContent()).toContain('/date');
    expect(await page.getByTestId('incident-answer').count()).toBe(0);
    expect(h.errors).toEqual([]);
  });

  it('colours the comparison matrix by who holds the right and opens a cell’s article text; the Foreign Ministry’s caveat is shown', async () => {
    const { page } = h;
    await page.goto('/#/sofa');
    await page.reload();
    await page.getByTestId('sofa-compare-date').fill('2024-06-01');
    const matrix = page.getByTestId('sofa-matrix');
    await matrix.waitFor();
    for (const id of [
      'us-japan-sofa-1960',
      'germany-sa-1959',
      'us-rok-sofa-1966',
      'us-philippines-vfa-1998',
      'us-australia-fpa-2014',
    ])
      expect(await matrix.locator('thead').textContent()).toContain(
        (await page.getByTestId(`sofa-column-${id}`).locator('..').textContent())!.trim(),
      );
    const background = (testId: string) =>
      page.getByTestId(testId).evaluate((el) => {
        const td = el.closest('td') ?? el;
        return getComputedStyle(td).backgroundColor;
      });
    const host = await background('legend-host');
    const sending = await background('legend-sending');
    const missing = await background('legend-not-encoded');
    expect(new Set([host, sending, missing, 'rgba(0, 0, 0, 0)']).size).toBe(4);
    // The cells the Okinawa survey and the Foreign Ministry agree on: Japanese law does not bind
    // the US forces as such, German law binds the forces in Germany.
    const japanLaw = page.getByTestId('cell-host-law-us-japan-sofa-1960');
    const germanLaw = page.getByTestId('cell-host-law-germany-sa-1959');
    expect(await japanLaw.getAttribute('data-holder')).toBe('sending');
    expect(await background('cell-host-law-us-japan-sofa-1960')).toBe(sending);
    expect(await germanLaw.getAttribute('data-holder')).toBe('host');
    expect(await background('cell-host-law-germany-sa-1959')).toBe(host);
    expect(await background('cell-access-germany-sa-1959')).toBe(host);
    // And in the air: German aviation law binds the forces' flying, Japan's (as Okinawa reads it) does not.
    expect(await background('cell-flight-training-germany-sa-1959')).toBe(host);
    expect(await background('cell-flight-training-us-japan-sofa-1960')).toBe(sending);
    expect(await background('cell-custody-us-australia-fpa-2014')).toBe(missing);
    expect(await japanLaw.getAttribute('title')).toContain('Article XVI (not-quoted)');

    await page.getByTestId('cell-access-germany-sa-1959').click();
    const details = page.getByTestId('cell-details');
    await details.waitFor();
    expect(await details.locator('h4').textContent()).toContain('on-notice');
    const article = details.getByTestId('cell-article').first();
    expect(await article.textContent()).toContain('UP Re Article 53 (4bis)');
    expect(await article.getByTestId('article-text').locator('mark').textContent()).toBe(
      'einschließlich des Zutritts zu den Liegenschaften nach vorheriger Anmeldung',
    );
    const caveat = page.getByTestId('sofa-caveat');
    expect(await caveat.textContent()).toContain(
      'it is meaningless to pick one and compare it with others',
    );
    expect(await page.locator('.sofa-matrix th .caveat-mark').count()).toBe(3);
    await shoot(page, 'sofa-compare');
    expect(h.errors).toEqual([]);
  });
});
