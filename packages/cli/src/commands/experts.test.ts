import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExpertsOutputSchema } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCasus } from '../test-io.ts';

const library = join(repoRoot, 'library', 'experts', 'judgements.yaml');

/** A copy of the library's judgements file with one edit, in a temporary folder. */
function edited(from: string, to: string): string {
  const text = readFileSync(library, 'utf8');
  if (!text.includes(from)) throw new Error(`the judgements file no longer holds ${from}`);
  const file = join(mkdtempSync(join(tmpdir(), 'casus-experts-')), 'judgements.yaml');
  writeFileSync(file, text.replace(from, to));
  return file;
}

describe('casus experts', () => {
  it('prints, as JSON, the model and the experts’ figure for each judged decision, and which are circular', async () => {
    const r = await runCasus(['experts', '--trials', '2000', '--seed', '3', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    // The shape docs/schema/experts.schema.json documents, every parameter with its source kind.
    expect(ExpertsOutputSchema.safeParse(out).error).toBeUndefined();
    expect(out).toMatchObject({ command: 'experts', trials: 2000, seed: 3 });
    const row = (scenario: string, state: string, survey?: string) =>
      out.rows.find(
        (x: { scenario: string; state?: string; expert?: { survey: { id: string } } }) =>
          x.scenario === scenario && x.state === state && x.expert?.survey.id === survey,
      );
    const invasion = row('taiwan-invasion', 'USA', 'csis-2024');
    expect(invasion.expert.figure).toEqual({
      share: 0.96,
      answer: 'at least moderately confident',
    });
    expect(invasion.model.basis.kind).toBe('elicited');
    expect(invasion.model.enter.value).toBeGreaterThan(0.78);
    expect(invasion.circular).toBe(true);
    // Another survey's figure for the same decision is a comparison, not circular.
    expect(row('taiwan-invasion', 'USA', 'chinapower-2022').circular).toBe(false);
    // A state no survey in the file judges still shows the model, with no expert figure.
    const korea = row('korea-invasion-2025', 'CHN');
    expect(korea.expert).toBeUndefined();
    expect(korea.model.basis.kind).not.toBe('elicited');
    expect(out.model.reliability.sources.some((s: { kind: string }) => s.kind === 'elicited')).toBe(
      true,
    );
  }, 60_000);

  it('refuses a judgements file with a judgement that cites no source, naming the line', async () => {
    const file = edited(
      '    source: Taiwan News, 20 September 2022, https://www.taiwannews.com.tw/en/news/4663136\n',
      '',
    );
    const r = await runCasus(['experts', '--judgements', file, '--trials', '100']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/judgements\.yaml:\d+:\d+ error missing_field/);
    expect(r.stderr).toContain('/judgements/1/source');
  });

  it('refuses a judgement of a scenario the library does not have, suggesting the nearest', async () => {
    const file = edited('  - scenario: taiwan-blockade\n', '  - scenario: taiwan-blockad\n');
    const r = await runCasus(['experts', '--judgements', file, '--trials', '100']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no scenario "taiwan-blockad" in the library');
    expect(r.stderr).toContain('taiwan-blockade');
  });

  it('answers --help and refuses a stray argument', async () => {
    expect((await runCasus(['experts', '--help'])).stdout).toContain('Usage: casus experts');
    expect((await runCasus(['experts', 'taiwan-invasion'])).code).toBe(1);
  });
});
