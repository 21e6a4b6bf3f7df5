import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCasus } from './test-io.ts';

const taiwan = ['run', 'taiwan-invasion', '--mode', 'probabilistic', '--trials', '2000'];

describe('--decide', () => {
  it('replaces the named decision, lists it in the header and in --json, and warns of one that names nothing', async () => {
    const r = await runCasus([...taiwan, '--decide', 'USA:TWN=0.6', '--decide', 'USA:KOR=0.3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "decisions (your own probabilities, not the model's): USA:TWN 0.6, USA:KOR 0.3",
    );
    expect(r.stdout).toContain(
      'warning: USA:KOR names no decision in this scenario: USA has no commitment toward KOR that a trial reaches, so it changed nothing',
    );
    expect(r.stdout).toMatch(
      /USA +TWN +CHN +policy +taiwan-relations-act .* 0\.600 +override \(model /,
    );
    const json = JSON.parse(
      (await runCasus([...taiwan, '--decide', 'USA:TWN=0.6', '--decide', 'USA:KOR=0.3', '--json']))
        .stdout,
    );
    expect(json.assumptions.decisions).toEqual({ 'USA:TWN': 0.6, 'USA:KOR': 0.3 });
    expect(json.result.overrides).toEqual([
      { decision: 'USA:TWN', p: 0.6, edges: expect.any(Number) },
      { decision: 'USA:KOR', p: 0.3, edges: 0 },
    ]);
    expect(json.result.overrides[0].edges).toBeGreaterThan(0);
    const tra = json.result.obligations.find((o: { obligor: string }) => o.obligor === 'USA');
    expect(tra).toMatchObject({ p: 0.6, source: 'override' });
    const us = json.result.states.find((s: { state: string }) => s.state === 'USA');
    expect(us.enter.low).toBeLessThanOrEqual(0.6);
    expect(us.enter.high).toBeGreaterThanOrEqual(0.6);
  }, 60_000);

  it.each([
    [['--decide', 'USA:TWN=60%'], /the probability "60%" must be a decimal from 0 to 1/],
    [['--decide', 'USA:TWN'], /has no "="/],
    [
      ['--decide', 'USA:TWX=0.5'],
      /state "TWX" is not in the COW state system[\s\S]*did you mean "TWN"/,
    ],
    [['--decide', 'USA:TWN@tra=0.5'], /agreement "tra" is not in the library/],
    [
      ['--decide', 'USA:TWN=0.5', '--decide', 'USA:TWN=0.4'],
      /USA:TWN is given twice \(0.5 and 0.4\)/,
    ],
    [
      ['--decide', 'USA:TWN=0.5', '--decide', 'USA:TWN@taiwan-relations-act=0.4'],
      /USA:TWN and USA:TWN@taiwan-relations-act both set the probability of the same decision/,
    ],
  ])('refuses %j with exit 1 and words a person reads', async (flags, words) => {
    const r = await runCasus([...taiwan, ...flags]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(words);
    expect(r.stdout).toBe('');
  });

  it('is refused outside probabilistic mode', async () => {
    const r = await runCasus([
      'run',
      'library/scenarios/taiwan-invasion.yaml',
      '--decide',
      'USA:TWN=0.6',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--decide sets a probability, so it needs --mode probabilistic/);
  });

  it('reaches every scenario of a compare battery, and says which decisions it set', async () => {
    const r = await runCasus([
      'compare',
      'library/scenarios',
      '--architectures',
      'status-quo',
      '--trials',
      '500',
      '--decide',
      'USA:TWN=0.6',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    const taiwanRuns = answer.scenarios.filter((s: { scenario: string }) =>
      s.scenario.startsWith('taiwan-'),
    );
    expect(taiwanRuns.length).toBe(3);
    for (const s of taiwanRuns) expect(s.overrides[0].edges).toBeGreaterThan(0);
    expect(answer.assumptions['korea-invasion-2025'].decisions).toEqual({ 'USA:TWN': 0.6 });
  }, 120_000);

  it('prints the battery’s decisions over the compare tables and in the report, warning of one no scenario reaches', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'casus-decide-')), 'report.html');
    const r = await runCasus([
      'compare',
      'library/scenarios',
      '--architectures',
      'status-quo',
      '--trials',
      '300',
      '--decide',
      'USA:TWN=0.6',
      '--decide',
      'NZL:MNG=0.1',
      '--report',
      report,
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain(
      '<p data-testid="decisions-used">decisions (your own probabilities, not the model\'s): USA:TWN 0.6, NZL:MNG 0.1</p>',
    );
    expect(r.stdout).toContain(
      "decisions (your own probabilities, not the model's): USA:TWN 0.6, NZL:MNG 0.1",
    );
    expect(r.stdout).toContain('warning: NZL:MNG names no decision in any scenario of the battery');
    expect(r.stdout).not.toContain('warning: USA:TWN');
  }, 120_000);

  it('reads a scenario file’s own assumptions.decisions, and a flag replaces it for the same key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-decide-'));
    const file = join(dir, 'taiwan.yaml');
    const text = readFileSync(join(repoRoot, 'library/scenarios/taiwan-invasion.yaml'), 'utf8');
    writeFileSync(
      file,
      text.replace(/^assumptions:/m, 'assumptions:\n  decisions:\n    USA:TWN: 0.25'),
    );
    const own = JSON.parse((await runCasus(['run', file, ...taiwan.slice(2), '--json'])).stdout);
    expect(own.result.obligations[0]).toMatchObject({ p: 0.25, source: 'override' });
    const flag = JSON.parse(
      (await runCasus(['run', file, ...taiwan.slice(2), '--decide', 'USA:TWN=0.75', '--json']))
        .stdout,
    );
    expect(flag.assumptions.decisions).toEqual({ 'USA:TWN': 0.75 });
  }, 60_000);
});
