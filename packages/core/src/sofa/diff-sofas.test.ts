import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import { asDate } from '../model/ids.ts';
import { diffSofas, type SofaDiff } from './diff-sofas.ts';
import { inForceTest } from './rule-conditions.ts';

const lib = realLibrary();
const date = asDate('2024-06-01');
const JP = 'us-japan-sofa-1960';
const PROPOSALS = [
  'sofa-revision-german-model',
  'sofa-revision-custody-at-arrest',
  'sofa-revision-joint-management',
];

const diff = (b: string, topics?: string[]): SofaDiff => {
  const r = diffSofas(lib, JP, b, date, topics);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};
const row = (d: SofaDiff, topic: string) => d.rows.find((r) => r.topic === topic)!;

describe('the revised-SOFA designs (proposals)', () => {
  it('are proposals layered on the 1960 SOFA, every rule an assumption on a not-quoted article', () => {
    for (const id of PROPOSALS) {
      const sofa = lib.sofas.get(id as never)!;
      expect(sofa).toMatchObject({ kind: 'proposal', layerOn: JP });
      expect(sofa.rules.length).toBeGreaterThan(0);
      for (const rule of sofa.rules) {
        expect(rule.assumption?.source).toMatch(/comparisons\.md §/);
        const article = sofa.articles.find((a) => a.article === rule.article)!;
        expect(article.textStatus).toBe('not-quoted');
        expect(rule.quote).toBeUndefined();
      }
    }
  });

  it('read as in force on any date: a proposal has no date', () => {
    const sofa = lib.sofas.get('sofa-revision-german-model' as never)!;
    const t = inForceTest(sofa, sofa.rules[0]!, asDate('1961-01-01'));
    expect(t).toMatchObject({ pass: true });
    expect(t.reason).toContain('a proposal with no date');
  });
});

describe('diffSofas', () => {
  it('the German model changes host law, flights, the environment and access, each after cell from the design, nothing else', () => {
    const d = diff('sofa-revision-german-model');
    expect(d.rows.filter((r) => r.change === 'changed').map((r) => r.topic)).toEqual([
      'host-law',
      'flight-training',
      'environment',
      'access',
    ]);
    expect(d.changed).toBe(4);
    const flights = row(d, 'flight-training');
    expect([flights.before.value, flights.after.value]).toEqual(['does-not-apply', 'applies']);
    expect(flights.after.articles.map((a) => a.rule)).toEqual(['gm-flight-training']);
    const access = row(d, 'access');
    expect([access.before.value, access.after.value]).toEqual([
      'discretion-of-sending',
      'on-notice',
    ]);
    // The displaced 1960 rules are not cited beside the design's.
    expect(access.after.articles.map((a) => a.rule)).toEqual(['gm-access']);
    expect(access.assumptions[0]).toMatchObject({
      rule: 'gm-access',
      copies: [{ sofa: 'germany-sa-1959', article: 'UP Re Article 53 (4bis)' }],
    });
    expect(row(d, 'jurisdiction-off-duty')).toMatchObject({ change: 'same', assumptions: [] });
  });

  it('custody at arrest: the host holds the accused in a rape case and needs to ask for nothing', () => {
    const d = diff('sofa-revision-custody-at-arrest', ['custody', 'custody-transfer']);
    expect(row(d, 'custody')).toMatchObject({ change: 'changed' });
    expect(row(d, 'custody').after.value).toMatch(/^receiving, until trial/);
    expect(row(d, 'custody-transfer').after).toMatchObject({
      value: 'none needed: the host holds the accused',
      articles: [{ rule: 'ca-heinous-custody' }],
    });
  });

  it('joint management changes management and access; Germany reads exclusive use and joint use by agreement', () => {
    const d = diff('sofa-revision-joint-management', ['management', 'access']);
    expect(row(d, 'management')).toMatchObject({ change: 'changed' });
    expect([row(d, 'management').before.value, row(d, 'management').after.value]).toEqual([
      'sending-exclusive',
      'joint',
    ]);
    expect(row(d, 'management').assumptions[0]!.source).toContain(
      'expanding the scope of joint management',
    );
    const de = diffSofas(lib, JP, 'germany-sa-1959', date, ['management']);
    expect(de.ok && de.value.rows[0]!.after.value).toBe('sending-exclusive; joint');
  });

  it('a SOFA against itself changes nothing', () => {
    expect(diff(JP).rows.every((r) => r.change === 'same')).toBe(true);
  });

  it('names which id is unknown, with the nearest', () => {
    const r = diffSofas(lib, 'us-japan-sofa', 'sofa-revision-german', date);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.pointer, i.hint])).toEqual([
      ['/from', 'did you mean "us-japan-sofa-1960"?'],
      ['/to', 'did you mean "sofa-revision-german-model"?'],
    ]);
  });
});
