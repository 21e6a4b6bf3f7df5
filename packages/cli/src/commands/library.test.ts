import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

describe('casus library', () => {
  it('counts what the library holds from its files, and says how current it is', async () => {
    const { code, stdout } = await runCasus(['library', '--json']);
    expect(code).toBe(0);
    const c = JSON.parse(stdout);
    // The latest dated record is the Treaty of Jakarta, signed 2026-02-06 (library/README.md).
    expect(c.curatedThrough).toBe('2026-02');
    // Every member of the COW system in 2016 (194 and Taiwan) has a place, and the two Germanies
    // (dated spans of DEU.west and DEU.east); other former states none.
    expect(c.states.withPlace).toBe(197);
    expect(c.states.withoutPlace).toContain('CSK');
    expect(c.states.withoutPlace).not.toContain('GFR');
    expect(c.states.withoutPlace).not.toContain('EST');
    expect(c.places.world).toBeGreaterThan(160);
    const europe = c.agreements.byRegion.find((r: { region: string }) => r.region === 'europe');
    // NATO (1949) is a Cold War agreement in Europe; the Russia–Belarus treaty (2024) is after 2018.
    expect(europe.eras['1945-1990']).toBeGreaterThanOrEqual(1);
    expect(europe.eras['2018-']).toBeGreaterThanOrEqual(1);
    expect(europe.total).toBe(
      Object.values(europe.eras as Record<string, number>).reduce((a, b) => a + b, 0),
    );
  });

  it('prints a table by region and era for people', async () => {
    const { code, stdout } = await runCasus(['library']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^agreements curated through 2026-02/);
    expect(stdout).toMatch(/region +before 1945 +1945-1990 +1991-2017 +2018- +total/);
    expect(stdout).toMatch(/\nasia +0 +\d+/);
  });

  it('refuses an argument it does not take', async () => {
    const { code } = await runCasus(['library', 'extra']);
    expect(code).toBe(1);
  });
});
