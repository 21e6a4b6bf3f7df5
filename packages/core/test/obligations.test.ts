/**
 * The engine's answers for single events, beyond what the worked cases check (library/agreements/
 * *.cases.yaml, run by cases.test.ts): the words of citations and failed conditions, the order of
 * findings, events that set off nothing, and who is not obliged (real library).
 */
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

const world2024 = worldOf('status-quo', '2024-11-01');

describe('a Chinese landing on the Senkaku Islands', () => {
  const findings = findingsFor(world2024, {
    actor: 'CHN',
    kind: 'armed-attack',
    target: { place: 'JPN.senkaku' },
  });

  it("cites Article V in the treaty's words, and says why the islands are within it", () => {
    const f = one(findings, 'USA', 'JPN', 'us-japan-1960-art5');
    expect(f).toMatchObject({ category: 'duty', adversary: 'CHN' });
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

describe('why a clause did not fire, in words', () => {
  it('Guam lies outside the territories under the administration of Japan (US–Japan Article V)', () => {
    const findings = findingsFor(world2024, {
      actor: 'PRK',
      kind: 'armed-attack',
      target: { place: 'USA.guam' },
    });
    expect(one(findings, 'JPN', 'USA', 'us-japan-1960-art5').failed?.reason).toBe(
      'Article V covers the territories under the administration of Japan; Guam is administered by the United States',
    );
  });

  it('the US duty to New Zealand under ANZUS Article IV is suspended since 1986', () => {
    const findings = findingsFor(world2024, {
      actor: 'CHN',
      kind: 'armed-attack',
      target: { place: 'NZL.main' },
    });
    expect(one(findings, 'USA', 'NZL', 'anzus-1951-art4').failed?.reason).toMatch(
      /suspended since 1986-09-17/,
    );
  });

  it('Poland joined NATO on 12 March 1999, after a date in 1995', () => {
    const findings = findingsFor(worldOf('status-quo', '1995-06-01'), {
      actor: 'RUS',
      kind: 'armed-attack',
      target: { place: 'POL.main' },
    });
    expect(one(findings, 'USA', 'POL', 'nato-1949-art5').failed?.reason).toBe(
      'Poland joined NATO (1949) on 1999-03-12, after 1995-06-01',
    );
  });
});

describe('Finland joined NATO on 4 April 2023 (nato-1949 memberships)', () => {
  // FIN.territory is library/places/world.yaml's outline of Finland, tagged europe: inside
  // Article 6 whenever Finland is a party.
  const attackOnFinland = {
    actor: 'RUS',
    kind: 'armed-attack',
    target: { place: 'FIN.territory' },
  } as const;

  it('on 2022-06-01 no member owes Finland an Article 5 duty', () => {
    const findings = findingsFor(worldOf('status-quo', '2022-06-01'), attackOnFinland);
    expect(findings.filter((f) => f.beneficiary === 'FIN' && f.category === 'duty')).toEqual([]);
    expect(one(findings, 'USA', 'FIN', 'nato-1949-art5').failed?.reason).toBe(
      'Finland joined NATO (1949) on 2023-04-04, after 2022-06-01',
    );
  });

  it('on 2024-06-01 every other member owes it, Sweden (joined 2024-03-07) included', () => {
    const findings = findingsFor(worldOf('status-quo', '2024-06-01'), attackOnFinland);
    for (const obligor of ['USA', 'DEU', 'SWE', 'EST'])
      expect(one(findings, obligor, 'FIN', 'nato-1949-art5').category).toBe('duty');
  });

  it("Finland's forces at Helsinki, given as coordinates, are in its outline and so in Europe (Article 6)", () => {
    const findings = findingsFor(worldOf('status-quo', '2024-06-01'), {
      actor: 'RUS',
      kind: 'armed-attack',
      target: { state: 'FIN', asset: 'armed-forces', at: [24.94, 60.17] },
    });
    expect(one(findings, 'USA', 'FIN', 'nato-1949-art5').category).toBe('duty');
  });
});

describe('West Germany: the German Federal Republic administered it until unification', () => {
  const attack = { actor: 'RUS', kind: 'armed-attack', target: { place: 'DEU.west' } } as const;

  it('in 1985 every other member owes GFR the Article 5 duty; united Germany is not yet a member', () => {
    const findings = findingsFor(worldOf('status-quo', '1985-06-01'), attack);
    for (const obligor of ['USA', 'GBR', 'FRA', 'TUR'])
      expect(one(findings, obligor, 'GFR', 'nato-1949-art5').category).toBe('duty');
    expect(one(findings, 'DEU', 'GFR', 'nato-1949-art5').failed?.reason).toMatch(
      /joined NATO \(1949\) on 1990-10-03/,
    );
  });

  it('in 1995 the same place is united Germany’s, and the duties run to DEU', () => {
    const findings = findingsFor(worldOf('status-quo', '1995-06-01'), attack);
    expect(one(findings, 'USA', 'DEU', 'nato-1949-art5').category).toBe('duty');
    expect(findings.some((f) => f.beneficiary === 'GFR')).toBe(false);
  });
});

describe('Russia attacks Estonia on 1 November 2024, with no research data imported', () => {
  const findings = findingsFor(world2024, {
    actor: 'RUS',
    kind: 'armed-attack',
    target: { place: 'EST.territory' },
  });

  it('every other NATO member owes Estonia the Article 5 duty, the United States and Finland among them', () => {
    const owing = new Set<string>(
      findings
        .filter((f) => f.clause === 'nato-1949-art5' && f.category === 'duty')
        .map((f) => f.obligor),
    );
    // 32 members on that date (North Macedonia 2020, Finland 2023, Sweden 2024): 31 owe Estonia.
    expect(owing.size).toBe(31);
    for (const s of ['USA', 'GBR', 'FIN', 'SWE', 'LVA', 'TUR']) expect(owing.has(s)).toBe(true);
    expect(owing.has('EST')).toBe(false);
  });
});

describe('the Camp David Commitment to Consult (18 August 2023)', () => {
  const launch = {
    actor: 'PRK',
    kind: 'missile-launch',
    target: { place: 'JPN.home-islands' },
  } as const;

  it('is not in force the day before the summit, and binds Seoul and Washington to consult from it', () => {
    const before = findingsFor(worldOf('status-quo', '2023-08-17'), launch);
    expect(one(before, 'USA', 'JPN', 'camp-david-2023-consult').failed?.reason).toBe(
      'Camp David Commitment to Consult (2023) entered into force on 2023-08-18, after 2023-08-17',
    );
    const after = findingsFor(worldOf('status-quo', '2023-08-18'), launch);
    expect(one(after, 'KOR', 'JPN', 'camp-david-2023-consult').category).toBe('duty');
    expect(one(after, 'USA', 'JPN', 'camp-david-2023-consult').category).toBe('duty');
  });
});

describe('events that set off nothing', () => {
  it('the actor striking its own territory', () => {
    expect(
      findingsFor(world2024, {
        actor: 'CHN',
        kind: 'armed-attack',
        target: { place: 'CHN.mainland' },
      }),
    ).toEqual([]);
  });

  it('China acting at Scarborough Shoal in 2024, under its control since 2012', () => {
    expect(
      findingsFor(worldOf('status-quo', '2024-06-01'), {
        actor: 'CHN',
        kind: 'armed-attack',
        target: { place: 'CHN.scarborough-shoal' },
      }),
    ).toEqual([]);
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
