import { describe, expect, it } from 'vitest';
import { doneText, duration, progressText } from './progress.ts';
import { batterySummary, exportRows, formatEstimate, toCsv, toJson } from './summary.ts';

const e = (value: number | null, low: number | null, high: number | null) => ({ value, low, high });
const measures = (v: number) => ({
  deterrence: e(v, v - 0.1, v + 0.1),
  deterred: e(0.5, 0.4, 0.6),
  entangled: e(1, 0.9, 1.1),
  widened: e(0.2, 0.1, 0.3),
  nuclearOpposed: e(0, 0, 0.02),
  belligerents: e(3, 2.9, 3.1),
});
const answer = {
  battery: ['s1'],
  architectures: ['status-quo', 'alt'],
  trials: 100,
  seed: 7,
  rows: [
    { scenario: 's1', architecture: 'status-quo', trials: 100, ...measures(1) },
    { scenario: 's1', architecture: 'alt', trials: 100, ...measures(2) },
  ],
  battery_totals: [
    { architecture: 'status-quo', ...measures(1), model: measures(1.5) },
    { architecture: 'alt', ...measures(2) },
  ],
  differences: {
    baseline: 'status-quo',
    rows: [{ scenario: 's1', architecture: 'alt', baseline: 'status-quo', ...measures(1) }],
    battery: [{ architecture: 'alt', baseline: 'status-quo', ...measures(1) }],
  },
};
const names = {
  architecture: (id: string) => (id === 'alt' ? 'An "alternative", revised' : 'Status quo'),
  scenario: () => 'Scenario one',
};

describe('the battery summary and its exports', () => {
  it('reads totals, model totals and the paired difference per architecture', () => {
    const [sq, alt] = batterySummary(answer, names);
    expect(sq!.totals.deterrence).toEqual(e(1, 0.9, 1.1));
    expect(sq!.model!.deterrence).toEqual(e(1.5, 1.4, 1.6));
    expect(sq!.difference).toBeUndefined();
    expect(alt!.difference!.deterrence).toEqual(e(1, 0.9, 1.1));
    expect(alt!.name).toBe('An "alternative", revised');
  });

  it('writes probabilities in per cent, differences signed in percentage points, and no minus zero', () => {
    expect(formatEstimate(e(0.133, 0.125, 0.141), true)).toBe('13.3% (12.5% to 14.1%)');
    expect(formatEstimate(e(0.02, -0.00001, 0.04), true, true)).toBe('+2.0 pp (0.0 pp to +4.0 pp)');
    expect(formatEstimate(e(null, 0, 1), true)).toBe('—');
  });

  it('exports every measure of the totals, differences and rows; the CSV quotes names and keeps full precision', () => {
    const rows = exportRows(answer, names);
    expect(rows.length).toBe(6 * (2 + 1 + 2 + 1));
    const csv = toCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(
      'level,kind,scenario,scenarioName,architecture,architectureName,baseline,measure,trials,value,low,high,modelLow,modelHigh',
    );
    expect(csv).toContain(
      'battery,value,,,status-quo,Status quo,,deterrence,100,1,0.9,1.1,1.4,1.6\r\n',
    );
    expect(csv).toContain(',"An ""alternative"", revised",');
    const json = JSON.parse(toJson(answer, names));
    expect(json.rows).toEqual(rows);
    expect(json.baseline).toBe('status-quo');
  });
});

describe('progress in words', () => {
  it('says trials and seconds before the first report and after', () => {
    const plan = { trials: 1000, scenarios: 12, architectures: 2 };
    expect(progressText({ done: 0, total: 0 }, plan, 0.4)).toBe(
      '0 of 24,000 trials (12 scenarios × 2 architectures × 1,000 trials) · 0 s elapsed · preparing the runs',
    );
    expect(progressText({ done: 10, total: 100, etaSeconds: 6425 }, plan, 3)).toBe(
      '2,400 of 24,000 trials (12 scenarios × 2 architectures × 1,000 trials) · 3 s elapsed · about 1 h 47 min left',
    );
    expect(duration(125)).toBe('2 min 05 s');
    expect(doneText(answer, 4.2)).toBe(
      'Done: 1 scenario under 2 architectures, 100 trials each (200 trials, seed 7) in 4 s.',
    );
  });
});
