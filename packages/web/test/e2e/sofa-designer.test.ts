/** The SOFA designer in real headless Chromium: custody at arrest for rape and murder built by clicking, its diff and incident changing live, the downloaded YAML accepted by `casus validate --kind sofa`, a broken design's validator message at its field, and the design kept when the view is left. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeInChromium, shoot } from './harness.ts';

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const casus = join(repoDir, 'packages', 'cli', 'bin', 'casus.js');

describeInChromium('the SOFA designer in Chromium', (h) => {
  it('builds custody at arrest for rape and murder by clicking; the diff and the incident change; the download validates', async () => {
    const { page } = h;
    await page.goto('/#/sofa');
    await page.getByTestId('sofa-tab-design').click();
    await page.getByTestId('sofa-design-start').selectOption('blank:us-japan-sofa-1960');
    await page.getByTestId('sofa-design-start-over').click();
    expect(await page.getByTestId('sofa-design-id').inputValue()).toBe(
      'us-japan-sofa-1960-revision',
    );
    const status = page.getByTestId('sofa-design-status');
    // Blank: no sources yet, and core's validator says so beside the field.
    const sources = page.getByTestId('sofa-design-sources');
    await expect
      .poll(() => sources.locator('xpath=..').getByTestId('field-issues').textContent())
      .toContain('"sources"');
    expect(await page.getByTestId('sofa-design-download').isDisabled()).toBe(true);
    await sources.fill('Casus workbench design, after the 1995 arrangement');
    await page.getByTestId('sofa-design-summary').fill('Custody at arrest in heinous crimes.');
    await expect.poll(() => status.textContent()).toMatch(/^✓ valid/);
    // No rule yet: the custody row is the base's, and a murder suspect stays with the US forces.
    const custodyRow = page.getByTestId('diff-row-custody');
    expect(await custodyRow.getAttribute('data-change')).toBe('same');
    await page.getByTestId('sofa-design-offence').selectOption('murder');
    const after = page.getByTestId('design-incident-after').getByTestId('answer-custody');
    await expect.poll(() => after.textContent()).toContain('United States of America');

    await page.getByTestId('sofa-design-new-topic').selectOption('custody');
    await page.getByTestId('sofa-design-add-rule').click();
    const rule = page.getByTestId('rule-0');
    expect(await rule.getByTestId('rule-0-gives').inputValue()).toBe('custody');
    await rule.getByTestId('rule-0-custody').selectOption('receiving');
    await rule.getByTestId('rule-0-until').fill('trial: Japan holds the accused from arrest');
    await rule.getByTestId('rule-0-offence-rape').check();
    await rule.getByTestId('rule-0-offence-murder').check();
    await rule.getByTestId('rule-0-jurisdiction').selectOption('receiving');
    await rule
      .getByTestId('rule-0-summary')
      .fill('In murder or rape, Japan holds the accused from arrest.');
    await rule
      .getByTestId('rule-0-description')
      .fill('No text exists. The design: Japan holds an accused of murder or rape from arrest.');
    await rule
      .getByTestId('rule-0-says')
      .fill('Custody from arrest for the heinous crimes of 1995.');
    // The assumption's source is still empty: the validator's words appear at that field.
    const source = rule.getByTestId('rule-0-source');
    const sourceIssues = source.locator('xpath=..').getByTestId('field-issues');
    await expect
      .poll(() => sourceIssues.textContent())
      .toBe('"source" is empty. Expected some text for "source".');
    expect(await source.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => status.textContent()).toBe('Fix the issues marked beside the fields.');
    expect(await page.getByTestId('sofa-design-download').isDisabled()).toBe(true);
    expect(await page.getByTestId('design-diff').count()).toBe(0);
    await shoot(page, 'sofa-designer-broken');

    await source.fill('comparisons.md §3 (JFBA 2014, C7); the October 1995 arrangement');
    await expect.poll(() => status.textContent()).toMatch(/^✓ valid/);
    expect(await sourceIssues.count()).toBe(0);
    await expect.poll(() => custodyRow.getAttribute('data-change')).toBe('changed');
    expect(await custodyRow.getByTestId('diff-after').textContent()).toMatch(
      /^receiving, until trial/,
    );
    expect(await custodyRow.getByTestId('diff-before').textContent()).toMatch(/^sending/);
    expect(await page.getByTestId('diff-row-host-law').getAttribute('data-change')).toBe('same');
    await expect.poll(() => after.getAttribute('data-rule')).toBe('custody-1');
    expect(await after.textContent()).toContain('custody with Japan (receiving State)');
    const before = page.getByTestId('design-incident-before').getByTestId('answer-custody');
    expect(await before.textContent()).toContain('United States of America (sending State)');
    // Theft is not listed: custody stays as in 1960.
    await page.getByTestId('sofa-design-offence').selectOption('theft');
    await expect.poll(() => after.getAttribute('data-rule')).toBe('jp-xvii-5c');
    await page.getByTestId('sofa-design-offence').selectOption('rape');
    await expect.poll(() => after.getAttribute('data-rule')).toBe('custody-1');
    await shoot(page, 'sofa-designer');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('sofa-design-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('us-japan-sofa-1960-revision.yaml');
    const file = join(
      mkdtempSync(join(tmpdir(), 'casus-sofa-design-')),
      download.suggestedFilename(),
    );
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain('offences:\n        - rape\n        - murder');
    const ok = spawnSync(process.execPath, [casus, 'validate', '--kind', 'sofa', file], {
      cwd: repoDir,
      encoding: 'utf8',
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    // The CLI reads the file's diff as the view showed it.
    const copy = readFileSync(file, 'utf8');
    expect(copy).toContain('layerOn: us-japan-sofa-1960');
    expect(
      execFileSync(process.execPath, [casus, 'validate', '--kind', 'sofa', file], {
        cwd: repoDir,
        encoding: 'utf8',
      }),
    ).toMatch(/no problems/);
    expect(h.errors).toEqual([]);
  });

  it('keeps the design when the view is left and the page reloaded', async () => {
    const { page } = h;
    await page.getByTestId('tab-map').click();
    await page.reload();
    await page.goto('/#/sofa?tab=design');
    const rule = page.getByTestId('rule-0');
    await rule.waitFor();
    expect(await rule.getByTestId('rule-0-offence-murder').isChecked()).toBe(true);
    expect(await rule.getByTestId('rule-0-source').inputValue()).toMatch(/^comparisons\.md/);
    expect(await page.getByTestId('sofa-tab-design').getAttribute('aria-current')).toBe('page');
    // Starting over from a library design replaces it, under an id of its own.
    await page.getByTestId('sofa-design-start').selectOption('sofa-revision-german-model');
    await page.getByTestId('sofa-design-start-over').click();
    expect(await page.getByTestId('sofa-design-id').inputValue()).toBe(
      'sofa-revision-german-model-design',
    );
    await expect
      .poll(() => page.getByTestId('diff-row-host-law').getAttribute('data-change'))
      .toBe('changed');
    expect(await page.getByTestId('rule-0-hostLaw').inputValue()).toBe('applies');
    expect(h.errors).toEqual([]);
  });
});
