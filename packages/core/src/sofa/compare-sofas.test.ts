import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import { asDate } from '../model/ids.ts';
import { type CompareCell, compareSofas } from './compare-sofas.ts';

const lib = realLibrary();
const ids = [
  'us-japan-sofa-1960',
  'germany-sa-1959',
  'us-rok-sofa-1966',
  'us-philippines-vfa-1998',
  'us-australia-fpa-2014',
];
const r = compareSofas(lib, ids, asDate('2024-06-01'));
const cell = (topic: string, sofa: string): CompareCell => {
  if (!r.ok) throw new Error('comparison failed');
  return r.value.rows.find((x) => x.topic === topic)!.cells.find((c) => c.sofa === sofa)!;
};

describe('compareSofas for Japan, Germany, Korea, the Philippines and Australia', () => {
  it('gives the host the primary right off duty in Japan and Germany, each by its article', () => {
    expect(cell('jurisdiction-off-duty', 'us-japan-sofa-1960')).toMatchObject({
      value: 'receiving (primary)',
      articles: [{ article: 'Article XVII(3)', textStatus: 'verbatim' }],
    });
    expect(cell('jurisdiction-off-duty', 'germany-sa-1959').articles[0]).toMatchObject({
      sofa: 'nato-sofa-1951',
      article: 'Article VII(3)',
    });
  });

  it('keeps custody with the US until indictment in Japan and to the start of the sentence in Germany (as MOFA compares them)', () => {
    expect(cell('custody', 'us-japan-sofa-1960').value).toBe(
      'sending, until Japan charges (indicts) him',
    );
    expect(cell('custody', 'germany-sa-1959').value).toContain('the start of the sentence');
  });

  it('reads access as at US discretion in Japan and on notice in Germany, the layer answering over NATO', () => {
    expect(cell('access', 'us-japan-sofa-1960').value).toBe('discretion-of-sending');
    expect(cell('access', 'germany-sa-1959').value).toBe('on-notice');
  });

  it('shows the gap, not a guess, where the text was not found', () => {
    const vfa = cell('jurisdiction-off-duty', 'us-philippines-vfa-1998');
    expect(vfa).toMatchObject({ value: 'not encoded', articles: [] });
    expect(vfa.gaps.join(' ')).toContain('Article V');
  });

  it("shows the Foreign Ministry's caveat with the host-law and access rows only", () => {
    expect(r.ok && r.value.caveats.map((c) => c.sofa)).toEqual(['us-japan-sofa-1960']);
    const custodyOnly = compareSofas(lib, ids, asDate('2024-06-01'), ['custody']);
    expect(custodyOnly.ok && custodyOnly.value.caveats).toEqual([]);
  });

  it('returns issues with the nearest names for an unknown SOFA or topic', () => {
    const bad = compareSofas(lib, ['us-japan-sofa'], asDate('2024-06-01'), ['acess']);
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.hint)).toEqual([
      'did you mean "us-japan-sofa-1960"?',
      'did you mean "access"?',
    ]);
  });
});
