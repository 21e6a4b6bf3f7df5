/** The SOFAs' dates as their sources give them, each counted from its entry into force, and in step with the agreements library where both hold the treaty. */
import { describe, expect, it } from 'vitest';
import type { Agreement, Sofa, SofaId } from '../src/index.ts';
import { asDate } from '../src/index.ts';
import { inForceTest } from '../src/sofa/rule-conditions.ts';
import { realLibrary } from './real-library.ts';

const lib = realLibrary();
const sofa = (id: string): Sofa => {
  const s = lib.sofas.get(id as SofaId);
  if (!s) throw new Error(`sofa ${id} is missing`);
  return s;
};
const dayBefore = (d: string): string => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
};

// sofa, version, signed, in force, and words of the version's source that give the dates.
const table: [string, string, string, string, string][] = [
  [
    'us-philippines-edca-2014',
    'base',
    '2014-04-28',
    '2014-06-25',
    'elibrary.judiciary.gov.ph/thebookshelf/showdocs/35/91035',
  ],
  ['us-philippines-edca-2014', 'amendment-2016', '2016-04-12', '2016-04-13', 'TIAS 16-413.1'],
  [
    'japan-australia-raa-2022',
    'base',
    '2022-01-06',
    '2023-08-13',
    'mofa.go.jp/press/release/press1e_000453.html',
  ],
  ['japan-uk-raa-2023', 'base', '2023-01-11', '2023-10-15', 'press4e_003298'],
  ['japan-philippines-raa-2024', 'base', '2024-07-08', '2025-09-11', 'mb.com.ph/2025/08/12'],
  ['us-philippines-vfa-1998', 'base', '1998-02-10', '1999-06-01', 'source P2'],
];

describe('SOFA dates: signed and in force, per their sources', () => {
  it.each(table)('%s %s: signed %s, in force %s', (id, versionId, signed, force, source) => {
    const s = sofa(id);
    const v = s.versions.find((x) => x.id === versionId);
    expect(v).toMatchObject({ signed, inForce: force });
    expect(v?.source).toContain(source);
    const rule = s.rules.find((r) => (r.version ?? 'base') === versionId);
    if (!rule) return;
    expect(inForceTest(s, rule, asDate(dayBefore(force))).pass).toBe(false);
    expect(inForceTest(s, rule, asDate(force)).pass).toBe(true);
  });

  it("keeps the RAAs' dates in step with the agreements library (signed, and in force where it records it)", () => {
    const pairs: [string, string][] = [
      ['japan-australia-raa-2022', 'japan-australia-raa'],
      ['japan-uk-raa-2023', 'japan-uk-raa'],
      ['japan-philippines-raa-2024', 'japan-philippines-raa'],
    ];
    for (const [sofaId, agreementId] of pairs) {
      const base = sofa(sofaId).versions.find((v) => v.kind === 'base')!;
      const a = lib.agreements.get(agreementId as Agreement['id'])!;
      expect(base.signed, sofaId).toBe(a.signed);
      if (a.inForce) expect(base.inForce, sofaId).toBe(a.inForce);
    }
  });

  it('marks the RAAs reciprocal, and only them', () => {
    const reciprocal = [...lib.sofas.values()].filter((s) => s.reciprocal).map((s) => s.id);
    expect(reciprocal.sort()).toEqual([
      'japan-australia-raa-2022',
      'japan-philippines-raa-2024',
      'japan-uk-raa-2023',
    ]);
  });
});
