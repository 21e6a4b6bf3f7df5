import { join } from 'node:path';
import { Agreement, type AgreementInput } from '@casus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AtopAgreements, loadAtopAgreements } from './atop-agreements.ts';
import { importDatasets } from './import.ts';
import { mergeWithCurated } from './merge-curated.ts';
import { openStore, type Store } from './store.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';

describe.skipIf(!sharedDataAvailable)(`ATOP alliances as agreements${needsSharedData}`, () => {
  let store: Store;
  let all: AtopAgreements;
  beforeAll(async () => {
    const dbPath = join(await tempDir('atop'), 'casus.duckdb');
    await importDatasets({ dir: sharedDataDir, dbPath, only: ['atop'] });
    store = await openStore(dbPath, { readOnly: true });
    all = await loadAtopAgreements(store.connection);
  });
  afterAll(() => store?.close());

  it('maps every ATOP alliance to a valid agreement', () => {
    expect(all.agreements).toHaveLength(789);
    for (const a of all.agreements.slice(0, 50)) expect(Agreement.safeParse(a).success).toBe(true);
    expect(all.warnings.length).toBeLessThan(5);
  });

  it('keeps the US–Japan 1960 treaty asymmetric: only the US owes defence', () => {
    const usJapan = all.agreements.find((a) => a.atopId === 3375)!;
    expect(usJapan.id).toBe('atop-3375');
    expect(usJapan.members).toEqual(['USA', 'JPN']);
    expect(usJapan.signed).toBe('1960-01-19');
    const defense = usJapan.articles[0]!.clauses.filter((c) => c.type === 'defense');
    expect(defense.map((c) => [c.obligors, c.beneficiaries])).toEqual([[['USA'], ['JPN']]]);
    expect(defense[0]?.response).toBe('unstated'); // ATOP codes the pledge, not its wording
  });

  it('turns ATOP conditions into trigger fields, summary notes and flags', () => {
    const clauses = all.agreements.flatMap((a) => a.articles.flatMap((x) => x.clauses));
    expect(clauses.some((c) => c.trigger?.unprovoked)).toBe(true);
    expect(clauses.some((c) => c.trigger?.conflict === 'ATOP-coded conflict condition')).toBe(true);
    expect(clauses.some((c) => /^COW war \d+$/.test(c.trigger?.conflict ?? ''))).toBe(true);
    const clauseOf = (f: { agreementId: string; clauseId: string }) =>
      all.agreements
        .find((a) => a.id === f.agreementId)!
        .articles[0]!.clauses.find((c) => c.id === f.clauseId)!;
    const adversary = all.flags.filter((f) => f.specificAdversary).map(clauseOf);
    expect(adversary.some((c) => c.summary.includes('particular adversary'))).toBe(true);
    // Where ATOP names the threat (specthrt 1 or 3, statthr1/2), the adversary condition is the engine's to test.
    expect(adversary.some((c) => (c.trigger?.adversaries?.length ?? 0) > 0)).toBe(true);
    expect(clauses.every((c) => !c.trigger?.adversaries || adversary.includes(c))).toBe(true);
  });

  it('filters by date: NATO in force in 1960, not the 1815 alliances', async () => {
    const in1960 = await loadAtopAgreements(store.connection, { date: '1960-06-23' });
    const ids = in1960.agreements.map((a) => a.atopId);
    expect(ids).toContain(3375);
    expect(ids.every((id) => id! > 1100)).toBe(true);
  });
});

describe('mergeWithCurated', () => {
  const agreement = (input: Partial<AgreementInput> & { id: string }) =>
    Agreement.parse({
      name: 'x',
      shortName: 'x',
      kind: 'treaty',
      members: ['USA', 'JPN'],
      summary: 'x',
      sources: ['x'],
      ...input,
    });
  type ArticleInput = NonNullable<AgreementInput['articles']>[number];
  const defense = (
    obligors: string[] | 'members',
    beneficiaries: string[] | 'members',
  ): ArticleInput => ({
    article: 'Article V',
    textStatus: 'not-quoted',
    source: 'x',
    clauses: [
      {
        id: 'v',
        type: 'defense',
        obligors,
        beneficiaries,
        trigger: { events: ['armed-attack'] },
        response: 'constitutional',
        summary: 'x',
      },
    ],
  });

  it('lets the curated agreement win and reports what differs', () => {
    const atop = [
      agreement({
        id: 'atop-3375',
        atopId: 3375,
        signed: '1960-01-19',
        articles: [defense(['USA'], ['JPN'])],
      }),
      agreement({ id: 'atop-1', atopId: 1, members: ['GBR', 'RUS'] }),
    ];
    const curated = [
      agreement({
        id: 'us-japan-1960',
        atopId: 3375,
        signed: '1960-01-19',
        ended: '2030-01-01',
        articles: [defense('members', 'members')],
      }),
    ];
    const { agreements, differences } = mergeWithCurated(atop, curated);
    expect(agreements.map((a) => a.id)).toEqual(['atop-1', 'us-japan-1960']);
    expect(differences).toEqual([
      { atopId: 3375, curatedId: 'us-japan-1960', field: 'ended', atop: '', curated: '2030-01-01' },
      {
        atopId: 3375,
        curatedId: 'us-japan-1960',
        field: 'defense-obligors',
        atop: 'USA',
        curated: 'JPN, USA',
      },
    ]);
  });
});
