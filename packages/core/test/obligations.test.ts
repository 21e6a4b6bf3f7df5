/** The engine's answers for single events, each tied to the article that decides it (real library). */
import { describe, expect, it } from 'vitest';
import { asPlace, asState, type Finding, noCommitments } from '../src/index.ts';
import { findingsFor, worldOf } from './real-library.ts';

const one = (findings: Finding[], obligor: string, beneficiary: string, clause: string) => {
  const found = findings.find(
    (f) => f.obligor === obligor && f.beneficiary === beneficiary && f.clause === clause,
  );
  if (!found) throw new Error(`no finding ${obligor}→${beneficiary} under ${clause}`);
  return found;
};
const fired = (findings: Finding[], obligor: string, obligation = 'must-defend') =>
  findings.filter((f) => f.fired && f.obligor === obligor && f.obligation === obligation);

const world2024 = worldOf('status-quo', '2024-11-01');

describe('a Chinese landing on the Senkaku Islands', () => {
  const findings = findingsFor(world2024, {
    actor: 'CHN',
    kind: 'armed-attack',
    target: { place: 'JPN.senkaku' },
  });

  it('gives the United States a duty under Article V of the 1960 treaty, subject to constitutional processes', () => {
    const f = one(findings, 'USA', 'JPN', 'us-japan-1960-art5');
    expect(f).toMatchObject({
      fired: true,
      category: 'duty',
      obligation: 'must-defend',
      response: 'constitutional',
      adversary: 'CHN',
    });
    expect(f.citation.article).toBe('Article V');
    expect(f.summary).toContain('in accordance with its constitutional processes');
    expect(f.trace.find((c) => c.test === 'area')?.reason).toMatch(
      /administration of Japan.*within it/,
    );
  });

  it('lists duties first, then permissions, then policy, then the clauses that did not fire', () => {
    const rank = { duty: 0, permission: 1, policy: 2, none: 3 };
    const ranks = findings.map((f) => rank[f.category]);
    expect(ranks).toEqual([...ranks].sort());
  });
});

describe('a North Korean missile strike on Guam', () => {
  const findings = findingsFor(world2024, {
    actor: 'PRK',
    kind: 'armed-attack',
    target: { place: 'USA.guam' },
  });

  it('gives Japan no duty under Article V: Guam lies outside the territories under the administration of Japan', () => {
    const f = one(findings, 'JPN', 'USA', 'us-japan-1960-art5');
    expect(f.fired).toBe(false);
    expect(f.failed?.test).toBe('area');
    expect(f.failed?.reason).toBe(
      'Article V covers the territories under the administration of Japan; Guam is administered by the United States',
    );
    expect(fired(findings, 'JPN')).toEqual([]);
  });

  it('gives Japan a permission only through the 2015 legislation: a survival-threatening situation must be declared', () => {
    const f = one(findings, 'JPN', 'USA', 'japan-2015-survival-threatening-situation');
    expect(f).toMatchObject({
      fired: false,
      obligation: 'may-use-force',
      failed: { test: 'domestic-constraint' },
    });
    const declared = worldOf('status-quo', '2024-11-01', { JPN: 'survival-threatening-situation' });
    const g = findingsFor(declared, {
      actor: 'PRK',
      kind: 'armed-attack',
      target: { place: 'USA.guam' },
    });
    expect(one(g, 'JPN', 'USA', 'japan-2015-survival-threatening-situation')).toMatchObject({
      fired: true,
      category: 'permission',
      response: 'discretionary',
    });
    expect(fired(g, 'JPN')).toEqual([]);
  });
});

describe('an attack on a Philippine Coast Guard vessel at Second Thomas Shoal', () => {
  const findings = findingsFor(world2024, {
    actor: 'CHN',
    kind: 'armed-attack',
    target: {
      state: 'PHL',
      asset: 'public-vessel',
      place: 'PHL.second-thomas-shoal',
      detail: 'coast guard',
    },
  });

  it('gives the United States a duty under Article IV of the 1951 treaty: public vessels in the Pacific are covered', () => {
    const f = one(findings, 'USA', 'PHL', 'us-philippines-1951-art4');
    expect(f).toMatchObject({ fired: true, obligation: 'must-defend', response: 'constitutional' });
    expect(f.trace.find((c) => c.test === 'target-kind')?.pass).toBe(true);
  });
});

describe('a Chinese invasion of Taiwan', () => {
  const findings = findingsFor(world2024, {
    actor: 'CHN',
    kind: 'armed-attack',
    target: { place: 'TWN.main' },
  });

  it('gives no state a treaty duty: the 1954 treaty ended on 31 December 1979', () => {
    expect(findings.filter((f) => f.fired && f.category === 'duty')).toEqual([]);
    expect(one(findings, 'USA', 'TWN', 'sino-american-mdt-1954-art5').failed?.test).toBe(
      'in-force',
    );
  });

  it('shows the Taiwan Relations Act, §2(b), as policy and not as a duty', () => {
    const policy = findings.filter((f) => f.category === 'policy');
    expect(policy.map((f) => [f.agreement, f.obligor, f.obligation])).toEqual([
      ['taiwan-relations-act', 'USA', 'policy'],
    ]);
  });
});

describe('an attack on New Zealand', () => {
  const findings = findingsFor(world2024, {
    actor: 'CHN',
    kind: 'armed-attack',
    target: { place: 'NZL.main' },
  });

  it('gives the United States no duty under ANZUS Article IV: suspended since 1986', () => {
    const f = one(findings, 'USA', 'NZL', 'anzus-1951-art4');
    expect(f).toMatchObject({ fired: false, failed: { test: 'exception' } });
    expect(f.failed?.reason).toMatch(/suspended since 1986-09-17/);
  });

  it('leaves Australia bound by ANZUS Article IV', () => {
    expect(one(findings, 'AUS', 'NZL', 'anzus-1951-art4').fired).toBe(true);
  });
});

describe('an event on territory that no clause protects', () => {
  it('finds nothing when the actor strikes its own territory', () => {
    expect(
      findingsFor(world2024, {
        actor: 'CHN',
        kind: 'armed-attack',
        target: { place: 'CHN.mainland' },
      }),
    ).toEqual([]);
  });
});

describe('an incursion by a Chinese military aircraft into Japanese airspace (26 August 2024)', () => {
  const world = worldOf('status-quo', '2024-08-26');
  const findings = findingsFor(world, {
    actor: 'CHN',
    kind: 'incursion',
    target: { place: 'JPN.home-islands' },
  });

  it('fires no defence duty (Article V answers an armed attack) but Article IV consultation', () => {
    expect(fired(findings, 'USA')).toEqual([]);
    expect(one(findings, 'USA', 'JPN', 'us-japan-1960-art5').failed?.test).toBe('event-kind');
    expect(fired(findings, 'USA', 'must-consult').map((f) => f.clause)).toContain(
      'us-japan-1960-art4',
    );
  });
});

describe('a strike on US forces in Okinawa', () => {
  const findings = findingsFor(world2024, {
    actor: 'CHN',
    kind: 'armed-attack',
    target: { state: 'USA', asset: 'armed-forces', place: 'JPN.okinawa' },
  });

  it('gives Japan a duty under Article V (US forces in Japanese-administered territory), unconstrained by its 2015 law', () => {
    const f = one(findings, 'JPN', 'USA', 'us-japan-1960-art5');
    expect(f.fired).toBe(true);
    expect(f.trace.find((c) => c.test === 'domestic-constraint')?.pass).toBe(true);
  });
});

describe('members count from the day they joined (NATO Article 5 and the accession dates)', () => {
  const onPoland = (date: string) =>
    findingsFor(worldOf('status-quo', date), {
      actor: 'RUS',
      kind: 'armed-attack',
      target: { place: 'POL.main' },
    });

  it('gives no NATO duty to Poland in 1995, before its accession on 12 March 1999', () => {
    const f = one(onPoland('1995-06-01'), 'USA', 'POL', 'nato-1949-art5');
    expect(f.fired).toBe(false);
    expect(f.failed?.reason).toBe('Poland joined NATO (1949) on 1999-03-12, after 1995-06-01');
  });

  it('gives every NATO member an Article 5 duty to Poland in 2024, Finland and Sweden included', () => {
    const findings = onPoland('2024-06-01');
    for (const state of ['USA', 'FIN', 'SWE', 'DEU'])
      expect(one(findings, state, 'POL', 'nato-1949-art5').fired).toBe(true);
    expect(findings.some((f) => f.obligor === 'GFR' && f.fired)).toBe(false);
  });

  it('binds Pakistan under the Manila Pact until its withdrawal and not after', () => {
    const onThailand = (date: string) =>
      findingsFor(worldOf('status-quo', date), {
        actor: 'VNM',
        kind: 'armed-attack',
        target: { place: 'THA.main' },
      });
    expect(one(onThailand('1965-01-01'), 'PAK', 'THA', 'manila-pact-1954-art4-1').fired).toBe(true);
    expect(
      one(onThailand('1980-01-01'), 'PAK', 'THA', 'manila-pact-1954-art4-1').failed?.test,
    ).toBe('in-force');
  });
});

describe('who is not obliged: agreements with the victim that commit nobody to it', () => {
  it('names the Quad and the reciprocal access agreements for an attack on the Senkakus', () => {
    const event = {
      actor: asState('CHN'),
      kind: 'armed-attack' as const,
      target: { place: asPlace('JPN.senkaku') },
      severity: 'high' as const,
    };
    const none = noCommitments(world2024, event);
    expect(none.map((n) => n.agreement).sort()).toEqual([
      'japan-australia-raa',
      'japan-uk-raa',
      'quad',
    ]);
    expect(none.find((n) => n.agreement === 'quad')).toMatchObject({
      states: ['AUS', 'IND', 'USA'],
      reason:
        'Quad: a joint statement, not a treaty; it obliges no member to act when Japan is attacked',
    });
  });
});

describe('places carry their administration by date', () => {
  const onScarborough = (date: string) =>
    findingsFor(worldOf('status-quo', date), {
      actor: 'CHN',
      kind: 'armed-attack',
      target: { place: 'CHN.scarborough-shoal' },
    });

  it('Scarborough Shoal in 2011, Philippine-administered: the US has a duty under Article IV', () => {
    expect(one(onScarborough('2011-06-01'), 'USA', 'PHL', 'us-philippines-1951-art4').fired).toBe(
      true,
    );
  });

  it('Scarborough Shoal in 2024, under Chinese control since 2012: China acting there sets off nothing', () => {
    expect(onScarborough('2024-06-01')).toEqual([]);
  });
});
