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

  it('reads civil claims by the act: on official duty the host settles and the cost is shared, off duty the sending State decides and pays', () => {
    const duty = cell('claims-official-duty', 'germany-sa-1959');
    expect(duty).toMatchObject({ value: 'receiving decides, costs shared', holder: 'host' });
    expect(duty.articles.map((a) => [a.sofa, a.article])).toEqual([
      ['nato-sofa-1951', 'Article VIII(5)'],
    ]);
    const off = cell('claims-off-duty', 'germany-sa-1959');
    expect(off).toMatchObject({ value: 'sending decides, sending pays', holder: 'sending' });
    expect(off.articles.map((a) => a.article)).toEqual(['Article VIII(6)']);
    const jp = cell('claims-official-duty', 'us-japan-sofa-1960');
    expect(jp).toMatchObject({ value: 'not encoded', articles: [] });
    expect(jp.gaps.join(' ')).toContain('Article XVIII');
  });

  it('reads the environment as German law in Germany and as access at US discretion in Japan', () => {
    expect(cell('environment', 'germany-sa-1959')).toMatchObject({
      value: 'applies; partly',
      articles: [{ article: 'Article 54A' }, { article: 'Article 54B', textStatus: 'verbatim' }],
    });
    expect(cell('environment', 'us-japan-sofa-1960')).toMatchObject({
      value: 'discretion-of-sending',
      holder: 'sending',
      articles: [{ rule: 'jp-2015-environment-access', textStatus: 'not-quoted' }],
    });
  });

  it('reads who pays and the joint committee from each article, the layer beneath answering for Germany', () => {
    const jpCost = cell('cost-sharing', 'us-japan-sofa-1960');
    expect(jpCost.articles.map((a) => a.rule)).toEqual([
      'jp-xxiv-1-costs',
      'jp-2015-environment-funding',
    ]);
    expect(jpCost).toMatchObject({ value: 'sending pays; receiving pays', holder: 'shared' });
    expect(cell('cost-sharing', 'germany-sa-1959').articles[0]).toMatchObject({
      sofa: 'nato-sofa-1951',
      article: 'Article IX(7)',
    });
    expect(cell('joint-committee', 'us-japan-sofa-1960')).toMatchObject({
      value: 'decided jointly',
      articles: [{ article: 'Article II(1)(a)' }, { article: 'Article XXV' }],
    });
    expect(cell('joint-committee', 'germany-sa-1959').articles.map((a) => a.article)).toEqual([
      'Article 3',
      'Article XVI',
    ]);
  });

  it('says "not found" where the sources hold nothing on a new topic, for every SOFA it compares', () => {
    for (const topic of ['flight-training', 'environment', 'cost-sharing', 'joint-committee'])
      for (const sofa of ['us-rok-sofa-1966', 'us-philippines-vfa-1998']) {
        const c = cell(topic, sofa);
        expect(c.articles).toEqual([]);
        expect(c.gaps.length).toBeGreaterThan(0);
      }
  });

  it('answers Korea from USFK’s description and the Philippines from VFA Article V, and EDCA through the VFA beneath it', () => {
    expect(cell('jurisdiction-off-duty', 'us-rok-sofa-1966')).toMatchObject({
      value: 'receiving (primary)',
      articles: [{ article: 'Article XXII(1)–(3)', textStatus: 'not-quoted' }],
    });
    expect(cell('jurisdiction-off-duty', 'us-philippines-vfa-1998').articles[0]).toMatchObject({
      article: 'Article V(3)(a)–(b)(1)',
      textStatus: 'partial',
    });
    const edca = compareSofas(lib, ['us-philippines-edca-2014'], asDate('2024-06-01'));
    if (!edca.ok) throw new Error('comparison failed');
    const row = (t: string) => edca.value.rows.find((x) => x.topic === t)!.cells[0]!;
    expect(row('jurisdiction-off-duty').articles[0]?.sofa).toBe('us-philippines-vfa-1998');
    expect(row('access').value).toBe('right');
  });

  it('shows the gap, not a guess, where the text was not found', () => {
    const fpa = cell('jurisdiction-off-duty', 'us-australia-fpa-2014');
    expect(fpa).toMatchObject({ value: 'not encoded', articles: [] });
    expect(fpa.gaps.join(' ')).toContain('1963 US–Australia SOFA');
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
