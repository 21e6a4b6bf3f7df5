import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { numDiff, parseFittedReliability, pctDiff } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { runBinary, runCasus } from '../test-io.ts';

const repo = resolve(import.meta.dirname, '..', '..', '..', '..');

describe('casus compare, bad input', () => {
  it('exits 1 for an empty battery folder instead of answering over no scenarios', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'casus-battery-'));
    const r = await runCasus(['compare', empty, '--trials', '10']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no scenarios in the battery/);
    expect(r.stdout).toBe('');
  });

  it('says the battery is missing, not the reliability parameters', async () => {
    const r = await runCasus(['compare', '/no/such/battery', '--trials', '10']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no battery at \/no\/such\/battery/);
    expect(r.stderr).not.toMatch(/reliability/);
  });

  it('takes one scenario file as a battery of one', async () => {
    const file = resolve(repo, 'library/scenarios/korea-invasion-2025.yaml');
    const r = await runCasus(['compare', file, '--trials', '10', '--architectures', 'status-quo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 scenarios × 1 architectures/);
  });

  it('takes --counterstrike-invokes for every scenario, prints it, and reads China’s allies in by it', async () => {
    const file = resolve(repo, 'library/scenarios/senkaku-landing.yaml');
    const northKorea = async (reading: string) => {
      const args = ['compare', file, '--trials', '400', '--architectures', 'status-quo'];
      const hand = ['--reliability', 'library/models/reliability.yaml'];
      const r = await runCasus([...args, ...hand, '--counterstrike-invokes', reading, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.assumptions['senkaku-landing'].counterstrikeInvokes).toBe(reading);
      const text = await runCasus([...args, '--counterstrike-invokes', reading]);
      expect(text.stdout).toContain(`counter-strikes: ${reading} (`);
      const states = out.scenarios[0].states as { state: string; enter: { value: number } }[];
      return states.find((x) => x.state === 'PRK')?.enter.value ?? 0;
    };
    expect(await northKorea('no')).toBeLessThan(0.1);
    expect(await northKorea('yes')).toBeGreaterThan(0.4);
  });

  it('exits 1 for --architectures with no ids', async () => {
    const r = await runCasus(['compare', '--architectures', ',', '--trials', '10']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--architectures: give at least one architecture id/);
  });

  it('exits 1, before simulating, when --report cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-report-'));
    for (const report of [join(dir, 'missing', 'r.html'), dir]) {
      const r = runBinary(['compare', '--trials', '10', '--report', report]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/--report error invalid_value\n {2}cannot write /);
      expect(r.stdout).toBe('');
    }
  });
});

describe('casus compare, default architectures', () => {
  it('compares the architectures of library/architectures marked `default: true`, the status quo first', async () => {
    const marked = readdirSync(resolve(repo, 'library/architectures'))
      .filter((f) => f.endsWith('.yaml'))
      .filter((f) =>
        /^default: true\b/m.test(readFileSync(resolve(repo, 'library/architectures', f), 'utf8')),
      )
      .map((f) => f.replace(/\.yaml$/, ''));
    expect(marked.length).toBeGreaterThanOrEqual(4);
    const file = resolve(repo, 'library/scenarios/senkaku-landing.yaml');
    const r = await runCasus(['compare', file, '--trials', '10', '--json']);
    expect(r.code).toBe(0);
    const { architectures } = JSON.parse(r.stdout) as { architectures: string[] };
    expect(architectures[0]).toBe('status-quo');
    expect([...architectures].sort()).toEqual(marked.sort());
  });
});

describe('casus compare --report', () => {
  it('shows each architecture’s paired difference from the status quo, as --json gives it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-report-'));
    const report = join(dir, 'r.html');
    const scenario = resolve(repo, 'library/scenarios/senkaku-landing.yaml');
    const flags = [scenario, '--trials', '2000', '--seed', '3'];
    const architectures = ['--architectures', 'status-quo,asian-nato-exclusive'];
    const r = await runCasus(['compare', ...flags, ...architectures, '--report', report]);
    expect(r.code).toBe(0);
    const json = await runCasus(['compare', ...flags, ...architectures, '--json']);
    const battery = JSON.parse(json.stdout).differences.battery[0];
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<h2 id="difference">Difference from Status quo, paired</h2>');
    // The row over the battery, by name, cell by cell at full precision, and as format.ts signs
    // them (what rounds to zero has no sign).
    const row = html.match(
      /<table data-testid="difference-table">.*?(<tr data-architecture="asian-nato-exclusive">.*?<\/tr>)/,
    )?.[1];
    expect(row).toContain('>Asian NATO (exclusive)</th>');
    for (const m of ['deterrence', 'deterred', 'entangled'] as const) {
      const { value, low, high } = battery[m];
      expect(row).toContain(
        `<td data-measure="${m}" data-value="${value}" data-low="${low}" data-high="${high}">`,
      );
    }
    expect(row).toContain(`<span class="estimate">${numDiff(battery.deterrence)}</span>`);
    expect(row).toContain(`<span class="estimate">${pctDiff(battery.deterred)}</span>`);
    // Every parameter with its source kind, the elicited Taiwan priors among them.
    expect(html).toMatch(
      /<tr data-kind="elicited"><td>declaratory\.prior\.taiwan-relations-act\.tra-policy\.invasion<\/td><td>0\.828\d*<\/td><td>elicited<\/td><td>CSIS[^<]*n 52/,
    );
    expect(html).toContain('<tr data-kind="fitted"><td>coefficients.distance</td>');
  });

  it('prints the model interval (Monte Carlo and parameter uncertainty) beside the Monte Carlo one, and says why when there is none', async () => {
    const scenario = resolve(repo, 'library/scenarios/senkaku-landing.yaml');
    const args = [
      'compare',
      scenario,
      '--seed',
      '3',
      '--architectures',
      'status-quo,asian-nato-exclusive',
    ];
    // Six blocks of 4,096: each block drew its own coefficients.
    const json = await runCasus([...args, '--trials', '24576', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const out = JSON.parse(json.stdout);
    type E = { value: number; low: number; high: number };
    const measures = ['deterrence', 'deterred', 'entangled', 'widened'];
    // Never narrower than the Monte Carlo interval, and wider where the coefficients matter.
    const widens = (row: Record<string, E> & { model: Record<string, E> }) => {
      for (const m of measures) {
        expect(row.model[m]!.value).toBe(row[m]!.value);
        expect(row.model[m]!.low).toBeLessThanOrEqual(row[m]!.low);
        expect(row.model[m]!.high).toBeGreaterThanOrEqual(row[m]!.high);
      }
      const width = (e: E) => e.high - e.low;
      return measures.filter((m) => width(row.model[m]!) > 1.5 * width(row[m]!));
    };
    const total = out.battery_totals[1];
    expect(widens(total)).toContain('widened');
    expect(Object.keys(total.model.entanglement)).toEqual(Object.keys(total.entanglement));
    expect(widens(out.differences.battery[0])).toContain('widened');
    expect(out.rows[0].model.widened.low).toBeGreaterThanOrEqual(0);
    expect(out.differences.rows[0].model.entanglement).toBeUndefined();
    const text = await runCasus([...args, '--trials', '24576']);
    expect(text.stdout).toContain('OVER THE BATTERY, MODEL 95%');
    expect(text.stdout).toContain('DIFFERENCE FROM status-quo, MODEL 95%');
    // One block, no draws, or the hand-set model: one line saying which, and no model fields.
    const none = [
      [['--trials', '2000'], /2,000 trials are one block of 4,096/],
      [['--trials', '8200', '--no-parameter-draws'], /--no-parameter-draws/],
      [['--trials', '8200', '--reliability', 'library/models/reliability.yaml'], /hand-set/],
    ] as const;
    for (const [flags, reason] of none) {
      const r = await runCasus([...args, ...flags]);
      expect(r.stdout).toMatch(new RegExp(`model intervals: none \\(.*${reason.source}`));
      expect(r.stdout).not.toContain('MODEL 95%');
      const j = JSON.parse((await runCasus([...args, ...flags, '--json'])).stdout);
      expect(j.battery_totals[0].model).toBeUndefined();
    }
  });

  it('names the reliability file every answer used and draws the fitted model’s reliability diagrams, labelled as not used', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'casus-report-')), 'r.html');
    const scenario = resolve(repo, 'library/scenarios/senkaku-landing.yaml');
    // The hand-set file named, so the test stays about it whichever file becomes the default.
    const handSet = resolve(repo, 'library/models/reliability.yaml');
    const flags = [scenario, '--trials', '200', '--architectures', 'status-quo'];
    flags.push('--reliability', handSet);
    expect((await runCasus(['compare', ...flags, '--report', report])).code).toBe(0);
    const used = JSON.parse((await runCasus(['compare', ...flags, '--json'])).stdout).model
      .reliability;
    const fittedText = readFileSync(
      resolve(repo, 'library/models/reliability-fitted.yaml'),
      'utf8',
    );
    const parsed = parseFittedReliability(fittedText, 'reliability-fitted.yaml');
    if (!parsed.ok) throw new Error('the library’s fitted file does not parse');
    const fittedSha = createHash('sha256').update(fittedText).digest('hex').slice(0, 16);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain(
      `<p data-testid="reliability-used">Every answer used the reliability file ${used.file} (sha256 ${used.sha256}): ${used.form}.</p>`,
    );
    expect(html).toMatch(
      /set by hand, not fitted to history, so it has no out-of-sample calibration/,
    );
    expect(html).toContain(
      `fitted model library/models/reliability-fitted.yaml (sha256 ${fittedSha})`,
    );
    const figures = html.split('<figure class="calibration">').slice(1);
    const { leaveOneWarOut, timeSplit } = parsed.value.calibration;
    expect(figures.map((f) => f.match(/<g class="decile"/g)?.length)).toEqual([
      leaveOneWarOut.bins.length,
      timeSplit!.bins.length,
    ]);
    expect(figures[0]!.match(/data-n="(\d+)"/g)!.map((m) => Number(m.slice(8, -1)))).toEqual(
      leaveOneWarOut.bins.map((b) => b.n),
    );
    expect(figures[0]).toContain('class="diagonal"');
  });

  it('shows a fitted file’s own diagrams as those of the model used', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'casus-report-')), 'r.html');
    const scenario = resolve(repo, 'library/scenarios/senkaku-landing.yaml');
    const fitted = resolve(repo, 'library/models/reliability-fitted.yaml');
    const flags = [scenario, '--trials', '200', '--architectures', 'status-quo'];
    flags.push('--reliability', fitted, '--report', report);
    expect((await runCasus(['compare', ...flags])).code).toBe(0);
    const html = readFileSync(report, 'utf8');
    const sha = createHash('sha256').update(readFileSync(fitted, 'utf8')).digest('hex');
    expect(html).toMatch(
      new RegExp(
        `Every answer used the reliability file \\S*reliability-fitted\\.yaml \\(sha256 ${sha.slice(0, 16)}\\)`,
      ),
    );
    expect(html).toContain('Out-of-sample calibration of this fitted model');
    expect(html).not.toMatch(/did not use/);
    expect(html.split('<figure class="calibration">')).toHaveLength(3);
  });
});
