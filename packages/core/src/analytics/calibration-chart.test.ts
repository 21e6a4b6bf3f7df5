import { describe, expect, it } from 'vitest';
import type { ModelCalibration } from '../sim/fitted-calibration.ts';
import { calibrationChart, calibrationNote, layoutCalibration } from './calibration-chart.ts';

const diagram = {
  n: 50,
  bins: [
    { from: 0.1, to: 0.3, n: 10, predicted: 0.2, observed: 0.3 },
    { from: 0.3, to: 0.9, n: 40, predicted: 0.6, observed: 0.75 },
  ],
};
const fitted: ModelCalibration = {
  file: 'library/models/reliability-fitted.yaml',
  sha256: 'f1f1f1f1f1f1f1f1',
  command: 'casus fit --out library/models/reliability-fitted.yaml',
  calibration: { binning: 'deciles', leaveOneWarOut: diagram, timeSplit: null },
};
const handSet = {
  file: 'library/models/reliability.yaml',
  sha256: 'a0a0a0a0a0a0a0a0',
  form: 'logit',
};

describe('the reliability-diagram chart', () => {
  it('puts the mean forecast on x and the observed share on y, with a Wilson whisker and area ∝ cases', () => {
    const [small, large] = calibrationChart(diagram, 'leave one war out').points;
    expect(large).toMatchObject({ x: 0.6, y: 0.75, n: 40, radius: 1 });
    expect(small!.radius).toBeCloseTo(0.5, 12); // a quarter of the cases, half the radius
    // Wilson 95% for 3 of 10: 0.108–0.603.
    expect(small!.low).toBeCloseTo(0.1078, 3);
    expect(small!.high).toBeCloseTo(0.6032, 3);
  });

  it('lays both axes over [0, 1], so the diagonal joins the plot’s corners', () => {
    const l = layoutCalibration(calibrationChart(diagram, 't'), 300);
    const at = (v: number) => l.ticks.find((t) => t.value === v)!;
    expect([at(0).x, at(0).y]).toEqual([l.left, l.bottom]);
    expect([at(1).x, at(1).y]).toEqual([l.right, l.top]);
    const p = l.points[1]!;
    expect(p.cx).toBeCloseTo(l.left + 0.6 * (l.right - l.left), 9);
    expect(p.cy).toBeCloseTo(l.bottom - 0.75 * (l.bottom - l.top), 9);
    expect(p.y1).toBeGreaterThan(p.cy); // the low end of the whisker is lower on the page
  });
});

describe('what to say about the reliability file used', () => {
  it('shows the fitted model’s own diagram when the answer used that file', () => {
    const note = calibrationNote({ ...handSet, file: fitted.file, sha256: fitted.sha256 }, fitted);
    expect(note.ofUsedModel).toBe(true);
    expect(note.charts).toHaveLength(1);
    expect(note.used).toContain(`${fitted.file} (sha256 ${fitted.sha256})`);
  });

  it('says the hand-set model has none, and labels the fitted model’s diagram as not the one used', () => {
    const note = calibrationNote(handSet, fitted);
    expect(note.ofUsedModel).toBe(false);
    expect(note.used).toContain('library/models/reliability.yaml (sha256 a0a0a0a0a0a0a0a0): logit');
    expect(note.shown).toMatch(
      /no out-of-sample calibration.*fitted model .*f1f1f1f1f1f1f1f1.*did not use/,
    );
    expect(note.charts).toHaveLength(1);
  });

  it('says where to get a diagram when there is no fitted file', () => {
    const note = calibrationNote(handSet, null);
    expect(note.charts).toEqual([]);
    expect(note.shown).toMatch(/casus fit --out/);
  });
});
