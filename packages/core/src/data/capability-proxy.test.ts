import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capabilityProxies } from './capability-proxy.ts';
import { INDICATORS, type IndicatorRecord } from './indicators.ts';

const capital = { name: 'X', lat: 0, lon: 0, source: 'test' };
const fig = (value: number) => ({ value, year: 2025, source: 'test' });

describe('capabilityProxies', () => {
  it('averages the component shares of each state', () => {
    const records: IndicatorRecord[] = [
      {
        iso3: 'AAA',
        ccode: 1,
        name: 'A',
        milexUsdM: fig(3),
        personnel: fig(1),
        gdpUsd: fig(1),
        population: fig(1),
        capital,
      },
      {
        iso3: 'BBB',
        ccode: 2,
        name: 'B',
        milexUsdM: fig(1),
        personnel: fig(1),
        gdpUsd: fig(1),
        population: fig(1),
        capital,
      },
    ];
    const [a, b] = capabilityProxies(records);
    expect(a?.share).toBeCloseTo((0.75 + 0.5 + 0.5 + 0.5) / 4);
    expect(b?.share).toBeCloseTo((0.25 + 0.5 + 0.5 + 0.5) / 4);
  });

  it('averages over the components a state has, and names the missing ones', () => {
    const prk = capabilityProxies(INDICATORS).find((p) => p.iso3 === 'PRK');
    expect(prk?.missing).toEqual(['milexUsdM', 'gdpUsd']);
    expect(Object.keys(prk?.components ?? {})).toEqual(['personnel', 'population']);
  });

  it('ranks the United States first and China second among the curated states', () => {
    const ranked = capabilityProxies(INDICATORS).sort((x, y) => y.share - x.share);
    expect(ranked.slice(0, 2).map((p) => p.iso3)).toEqual(['USA', 'CHN']);
  });

  it('keeps every share within [0, 1] and the complete shares summing to 1 per component', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (values) => {
          const records = values.map(
            (v, i): IndicatorRecord => ({
              iso3: `S${String(i).padStart(2, '0')}`,
              ccode: i,
              name: String(i),
              milexUsdM: fig(v),
              personnel: fig(1),
              gdpUsd: fig(v),
              population: fig(2),
              capital,
            }),
          );
          const proxies = capabilityProxies(records);
          const sum = proxies.reduce((s, p) => s + p.share, 0);
          return proxies.every((p) => p.share >= 0 && p.share <= 1) && Math.abs(sum - 1) < 1e-9;
        },
      ),
    );
  });
});

describe('INDICATORS', () => {
  it('has 55 states, each with a capital and a source on every figure', () => {
    expect(INDICATORS).toHaveLength(55);
    for (const r of INDICATORS) {
      for (const f of [r.milexUsdM, r.personnel, r.gdpUsd, r.population, r.warheads])
        if (f) expect(f.source.length).toBeGreaterThan(5);
      expect(r.capital.source).toMatch(/GeoNames/);
    }
  });
});
