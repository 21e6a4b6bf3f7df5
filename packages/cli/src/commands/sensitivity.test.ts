import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SensitivityOutputSchema } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

const quick = ['--trials', '64', '--workers', '1'];

describe('casus sensitivity, bad input', () => {
  it.each([
    [['--measure', 'courage'], /--measure must be deterrence, entanglement, escalation or p:STATE/],
    [['--measure', 'p:usa'], /--measure must be/],
    [['--method', 'morris'], /"morris" is neither oat nor sobol/],
    [['--range-se', '0'], /--range-se must be a number above 0/],
    [['--range-scale', '1.5'], /--range-scale must be a number above 0 and at most 1/],
    [['--samples', 'many'], /--samples must be a number above 0/],
    [['--architectures', 'asian-nato-exclusiv'], /asian-nato-exclusiv/],
    [['no-such-scenario'], /no battery at no-such-scenario/],
    [['--method', 'sobol', '--report', 'x.html'], /--report draws the tornado/],
    [['--decide', 'USA:TWN=60%'], /must be a decimal from 0 to 1/],
    [['--decide', 'USA:XXX=0.5'], /XXX/],
    [['--decide-range', '2'], /--decide-range must be a number above 0 and at most 1/],
  ])('%j exits 1 and says why', async (args, message) => {
    const r = await runCasus(['sensitivity', ...args, ...quick]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('casus sensitivity', () => {
  it('answers one scenario by its id with a tornado of P(USA enters), as the documented JSON, under the rule it prints', async () => {
    const args = [
      'sensitivity',
      'taiwan-invasion',
      '--measure',
      'p:USA',
      '--range-se',
      '1',
      ...quick,
    ];
    const r = await runCasus([...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(SensitivityOutputSchema.safeParse(out).error).toBeUndefined();
    expect(out.battery).toEqual(['taiwan-invasion']);
    expect(out.rule.seMultiple).toBe(1);
    const distance = out.parameters.find((p: { name: string }) => p.name === 'distance');
    expect(distance.high - distance.low).toBeCloseTo(2 * 0.0339009321000303, 10);
    const swings = out.tornado[0].rows.map((row: { swing: { value: number } }) =>
      Math.abs(row.swing.value),
    );
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const text = await runCasus(args);
    expect(text.stdout).toContain('fitted coefficients β̂ ± 1·se');
    const runs = 1 + 2 * out.parameters.length;
    expect(text.stdout).toContain(
      `${runs} runs × 1 scenario runs × 64 trials = ${(runs * 64).toLocaleString('en-US')} trials, seed 1`,
    );
  });

  it('moves a --decide override as a parameter over p ± --decide-range, and prints it', async () => {
    const args = [
      'sensitivity',
      'taiwan-invasion',
      '--measure',
      'p:USA',
      '--decide',
      'USA:TWN=0.6',
    ];
    const r = await runCasus([...args, '--decide-range', '0.3', ...quick, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const row = out.tornado[0].rows[0];
    expect(row).toMatchObject({ parameter: 'decide USA:TWN', kind: 'override', point: 0.6 });
    expect(row.low).toBeCloseTo(0.3, 12);
    expect(row.high).toBeCloseTo(0.9, 12);
    expect((await runCasus([...args, ...quick])).stdout).toContain(
      'decision overrides: USA:TWN = 0.6',
    );
  });

  it('writes the tornado into an HTML report, one bar per parameter', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'casus-sens-')), 'tornado.html');
    const r = await runCasus(['sensitivity', 'senkaku-landing', ...quick, '--report', file]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(file, 'utf8');
    const json = JSON.parse(
      (await runCasus(['sensitivity', 'senkaku-landing', ...quick, '--json'])).stdout,
    );
    expect(html.match(/class="tornado-bar"/g)).toHaveLength(json.parameters.length);
    expect(html).toContain('β̂ ± 1.96·se');
  });

  it('states the Sobol cost, N(k + 2) runs, and gives the same indices for the same seed', async () => {
    const args = [
      'sensitivity',
      'korea-invasion-2025',
      '--method',
      'sobol',
      '--samples',
      '4',
      ...quick,
      '--json',
    ];
    const a = await runCasus(args);
    expect(a.code, a.stderr).toBe(0);
    const out = JSON.parse(a.stdout);
    expect(SensitivityOutputSchema.safeParse(out).error).toBeUndefined();
    expect(out.cost.runs).toBe(4 * (out.parameters.length + 2));
    expect(JSON.parse((await runCasus(args)).stdout).sobol).toEqual(out.sobol);
  });
});
