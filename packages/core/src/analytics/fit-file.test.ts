import { describe, expect, it } from 'vitest';
import { coefficientSampler } from '../sim/coefficient-draws.ts';
import type { Calibration } from '../sim/fitted-calibration.ts';
import { formatFittedReliability, parseFittedReliability } from '../sim/reliability-fitted.ts';
import { createRng } from '../sim/rng.ts';
import { calibrationDiagram, splitDiagram } from './calibration.ts';
import { type FitProvenance, fittedReliability } from './fit-file.ts';
import { fitLogistic, predictLogistic } from './logistic-fit.ts';
import { reliabilityDiagram } from './reliability-diagram.ts';

const FILE = 'library/models/reliability-fitted.yaml';

const rng = createRng(31);
const x = Array.from({ length: 300 }, () => [rng.next() * 10, rng.next() < 0.4 ? 1 : 0]);
const y = x.map(([km, deep]) =>
  rng.next() < 1 / (1 + Math.exp(-(1 - 0.1 * km! + 0.8 * deep!))) ? 1 : 0,
);
const fit = fitLogistic({ names: ['distance', 'integrated-command'], x, y });

/** In-sample forecasts stand in for out-of-sample ones: the file checks the diagram's shape, not its provenance. */
const p = x.map((r) => predictLogistic(fit, r));
const later = x.flatMap((_, i) => (i >= 200 ? [i] : []));
const calibration: Calibration = {
  binning: 'deciles',
  leaveOneWarOut: calibrationDiagram(reliabilityDiagram(p, y)),
  timeSplit: splitDiagram(
    reliabilityDiagram(
      later.map((i) => p[i]!),
      later.map((i) => y[i]!),
    ),
    { from: 1816, to: 1944 },
    { from: 1945, to: 2007 },
  ),
};

const provenance: FitProvenance = {
  command: 'casus backtest --years 1816-2007 --fit library/models/reliability-fitted.yaml',
  data: [
    { dataset: 'cow-interstate', version: '4.0', sha256: 'ab12' },
    { dataset: 'atop', version: '5.1' },
  ],
  terms: {
    intercept: 'log odds of honouring with every feature 0',
    distance: 'per 1,000 km from the obligor’s capital to the war',
    'integrated-command': '1 when the alliance has an integrated military command',
  },
  assumptions: { permission: { value: 0.5, source: 'assumption (no war tested one)' } },
};

const issuesOf = (text: string) => {
  const r = parseFittedReliability(text, FILE);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};

describe('the fitted reliability file', () => {
  it('writes every coefficient with its term, estimate, se and n, and reads the same model back', () => {
    const model = fittedReliability(fit, provenance, calibration);
    const text = formatFittedReliability(model);
    expect(text).toMatch(/^# Casus fitted reliability model/);
    expect(text).toMatch(/name: distance\n\s+term: per 1,000 km/);
    expect(text).toMatch(/covariance:\n {2}- \[ -?\d/);
    const back = parseFittedReliability(text, FILE);
    expect(back.ok && back.value).toEqual(model);
    expect(model.fit).toMatchObject({ n: 300, events: fit.events, ridge: 0 });
    expect(model.coefficients.map((c) => c.n)).toEqual([300, 300, fit.coefficients[2]!.n]);
  });

  it('gives the simulation what it needs to draw coefficients', () => {
    const back = parseFittedReliability(
      formatFittedReliability(fittedReliability(fit, provenance, calibration)),
      FILE,
    );
    if (!back.ok) throw new Error('expected a model');
    expect(coefficientSampler(back.value)(createRng(1))).toHaveLength(3);
  });

  it('refuses to write a coefficient whose meaning is not stated', () => {
    const terms = { intercept: 'x', distance: 'y' };
    expect(() => fittedReliability(fit, { ...provenance, terms }, calibration)).toThrow(
      /integrated-command/,
    );
  });

  it('points at a covariance that does not agree with the standard errors', () => {
    const text = formatFittedReliability(fittedReliability(fit, provenance, calibration));
    const broken = text.replace(/covariance:\n {2}- \[ [^,]+,/, 'covariance:\n  - [ 9,');
    const [issue] = issuesOf(broken);
    expect(issue).toMatchObject({ pointer: '/covariance/0/0', file: FILE, code: 'invalid_value' });
    expect(issue!.expected).toMatch(/square of coefficient 0's se/);
    expect(issue!.line).toBeGreaterThan(1);
  });

  it('refuses a repeated coefficient name and a first coefficient other than the intercept', () => {
    const text = formatFittedReliability(fittedReliability(fit, provenance, calibration));
    const repeated = text.replace('name: integrated-command', 'name: distance');
    expect(issuesOf(repeated)[0]).toMatchObject({ pointer: '/coefficients/2/name' });
    const renamed = text.replace('name: intercept', 'name: constant');
    expect(issuesOf(renamed)[0]).toMatchObject({ pointer: '/coefficients/0/name' });
  });

  it('reports a missing field, a wrong shape and an unknown field with their places', () => {
    const text = formatFittedReliability(fittedReliability(fit, provenance, calibration));
    expect(issuesOf(text.replace(/\n {2}command: [^\n]+/, ''))[0]).toMatchObject({
      code: 'missing_field',
      pointer: '/fit/command',
    });
    // A fourth row, and a first row of two entries: both are not 3 × 3.
    const extraRow = text.replace(/(covariance:\n {2}- \[[^\n]+\n)/, '$1  - [ 1 ]\n');
    const shortRow = text.replace(/(covariance:\n {2}- \[[^,]+,[^,]+),[^\n]+/, '$1 ]');
    for (const broken of [extraRow, shortRow])
      expect(issuesOf(broken)[0]).toMatchObject({ pointer: '/covariance' });
    expect(issuesOf(`${text}extra: 1\n`)[0]).toMatchObject({
      code: 'unknown_field',
      pointer: '/extra',
    });
    expect(issuesOf('version: [')[0]!.code).toBe('yaml_syntax');
  });
});

describe("the fitted file's calibration", () => {
  const text = formatFittedReliability(fittedReliability(fit, provenance, calibration));
  /** The text with the `i`th leave-one-war-out bin's `field` set to `value`. */
  const withBin = (i: number, field: string, value: number) => {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.trim() === 'leaveOneWarOut:');
    const at = lines.findIndex((l, j) => j > start && l.includes('{ from:')) + i;
    lines[at] = lines[at]!.replace(new RegExp(`${field}: [^,}]+`), `${field}: ${value}`);
    return lines.join('\n');
  };

  it('writes each decile on one line and reads them back', () => {
    expect(text).toMatch(/leaveOneWarOut:\n\s+n: 300\n\s+bins:\n\s+- \{ from: 0\.\d+, to: /);
    const back = parseFittedReliability(text, FILE);
    expect(back.ok && back.value.calibration).toEqual(calibration);
    expect(calibration.leaveOneWarOut.bins).toHaveLength(10);
    expect(calibration.timeSplit?.n).toBe(100);
  });

  it('rejects bins whose n do not sum to the fit’s n', () => {
    const issues = issuesOf(withBin(3, 'n', calibration.leaveOneWarOut.bins[3]!.n + 1));
    const sum = issues.find((i) => i.pointer === '/calibration/leaveOneWarOut/bins');
    expect(sum?.expected).toMatch(/sum to 300, not 301/);
  });

  it('rejects a diagram over other cases than the fit’s', () => {
    const other = text.replace(/leaveOneWarOut:\n(\s+)n: 300/, 'leaveOneWarOut:\n$1n: 299');
    expect(issuesOf(other).map((i) => i.pointer)).toContain('/calibration/leaveOneWarOut/n');
  });

  it('rejects bins out of order, a rate outside [0, 1] and a rate no count of cases gives', () => {
    const first = calibration.leaveOneWarOut.bins[0]!;
    const swapped = withBin(1, 'from', first.from);
    expect(issuesOf(swapped)[0]).toMatchObject({
      pointer: '/calibration/leaveOneWarOut/bins/1/from',
    });
    expect(issuesOf(withBin(0, 'observed', 1.2))[0]).toMatchObject({
      pointer: '/calibration/leaveOneWarOut/bins/0/observed',
    });
    const [fraction] = issuesOf(withBin(0, 'observed', 0.5 / first.n));
    expect(fraction!.expected).toMatch(/whole number/);
    expect(issuesOf(withBin(0, 'predicted', first.to + 0.01))[0]).toMatchObject({
      pointer: '/calibration/leaveOneWarOut/bins/0/predicted',
    });
  });
});
