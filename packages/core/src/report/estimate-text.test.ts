import { describe, expect, it } from 'vitest';
import { wrapWords } from './bar-chart.ts';
import { num, numDiff, pct, pctDiff } from './estimate-text.ts';
import { estimateData } from './html.ts';

describe('estimates as text', () => {
  const e = { value: 0.131, low: 0.129, high: 0.133 };

  it('prints levels and signed differences with their intervals', () => {
    expect(pct(e)).toBe('13.1% [12.9–13.3]');
    expect(num(e)).toBe('0.13 [0.13–0.13]');
    expect(pctDiff({ value: 0.045, low: -0.001, high: 0.09 })).toBe('+4.5 pts [−0.1, +9.0]');
    expect(numDiff({ value: -0.0001, low: -0.02, high: 0.02 })).toBe('0.00 [−0.02, +0.02]');
  });

  it('prints a dash, not "NaN" or a throw, for what has no value: NaN in memory, null back from JSON', () => {
    const fromJson = JSON.parse(JSON.stringify({ value: Number.NaN, low: 0, high: 1 }));
    expect(fromJson.value).toBeNull();
    for (const f of [pct, num, pctDiff, numDiff]) {
      expect(f(fromJson)).toBe('–');
      expect(f({ value: Number.NaN, low: 0, high: 1 })).toBe('–');
      expect(f({ value: 0.5, low: null, high: null })).toBe('–');
      expect(f(undefined)).toBe('–');
    }
    expect(estimateData(fromJson)).toBe(' data-value="" data-low="0" data-high="1"');
  });
});

describe('a chart label', () => {
  it('breaks between words, never inside one', () => {
    expect(
      wrapWords('Attack on a Philippine Coast Guard vessel at Second Thomas Shoal', 46),
    ).toEqual(['Attack on a Philippine Coast Guard vessel at', 'Second Thomas Shoal']);
    expect(wrapWords('Senkaku', 3)).toEqual(['Senkaku']);
  });
});
