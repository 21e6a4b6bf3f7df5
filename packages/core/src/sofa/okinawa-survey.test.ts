/**
 * The Okinawa survey's comparison as a test: the cells of `casus sofa compare` for Japan, Germany,
 * Korea, the Philippines and Australia where Okinawa Prefecture's surveys (2018, 2019) and the
 * Foreign Ministry agree, each tied to the sentence of shared/reference/sofa it reproduces. Where
 * the sources hold nothing for a SOFA (Korea and the Philippines were not surveyed), the cell must
 * stay a gap. With the reference beside CASUS_DATA_MIRROR's data (or CASUS_SOFA_REFERENCE), each sentence is also looked
 * up in its file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import { asDate } from '../model/ids.ts';
import { type CompareCell, compareSofas } from './compare-sofas.ts';

const JP = 'us-japan-sofa-1960';
const DE = 'germany-sa-1959';
const KR = 'us-rok-sofa-1966';
const PH = 'us-philippines-vfa-1998';
const AU = 'us-australia-fpa-2014';

/** A sentence of the reference (short, as the cited source words it), and the file that holds it. */
interface Sentence {
  file: string;
  words: string;
}

interface AgreedCell {
  topic: string;
  sofa: string;
  value: string;
  /** Rules the cell must cite: the treaty article and, where the survey found it, its finding. */
  rules: string[];
  /** What the survey says, and what the Foreign Ministry says: the two sides that agree. */
  okinawa: Sentence;
  ministry?: Sentence;
}

const C = 'comparisons.md';
const USJ = 'us-japan-sofa-1960.md';
const MOFA_WORDING: Sentence = {
  file: C,
  words:
    'are exempt from the enforcement of laws or jurisdiction of the host country in general, unless specified otherwise.',
};

const AGREED: AgreedCell[] = [
  {
    topic: 'host-law',
    sofa: JP,
    value: 'does-not-apply',
    rules: ['jp-xvi-host-law', 'jp-okinawa-survey-2019'],
    okinawa: {
      file: C,
      words:
        'unlike in Japan, the U.S. Forces in those countries are fundamentally subject to domestic laws',
    },
    ministry: MOFA_WORDING,
  },
  {
    topic: 'host-law',
    sofa: DE,
    value: 'applies',
    rules: ['de-okinawa-survey-2018', 'nato-ii-respect-law'],
    okinawa: { file: C, words: 'The U.S. military is subject to German aviation laws' },
  },
  {
    topic: 'flight-training',
    sofa: DE,
    value: 'applies',
    rules: ['de-up46-aviation-law', 'de-46-air-exercises', 'de-okinawa-survey-2018-flights'],
    okinawa: {
      file: C,
      words: 'as a general rule, is prohibited from flying aircraft between 10 p.m. and 6 a.m.',
    },
  },
  {
    topic: 'flight-training',
    sofa: JP,
    value: 'does-not-apply',
    rules: ['jp-okinawa-survey-2019-flights'],
    okinawa: {
      file: C,
      words: 'US military training and operations in Europe "are strictly regulated by local laws"',
    },
    ministry: MOFA_WORDING,
  },
  {
    topic: 'flight-training',
    sofa: AU,
    value: 'applies',
    rules: ['fpa-airspace-civil-regulator'],
    okinawa: {
      file: C,
      words: 'Australian airspace is entirely administered by the civil air-safety regulator',
    },
  },
  {
    topic: 'host-law',
    sofa: AU,
    value: 'applies',
    rules: ['fpa-biosecurity-applies'],
    okinawa: {
      file: C,
      words: 'Australia applies its Biosecurity Act (quarantine) to US forces',
    },
  },
  {
    topic: 'access',
    sofa: DE,
    value: 'on-notice',
    rules: ['de-up53-access'],
    okinawa: {
      file: C,
      words:
        'Two German police officers are always on duty inside the base and exercise police authority.',
    },
  },
  {
    topic: 'access',
    sofa: JP,
    value: 'discretion-of-sending',
    rules: ['jp-iii-management-right', 'jp-2007-disaster-access'],
    okinawa: {
      file: C,
      words: 'in contrast to Japan where the US military operates "without restriction"',
    },
    ministry: {
      file: USJ,
      words:
        'this prohibition can be asserted even against Japanese public authorities except where the SOFA or Joint Committee agreements provide otherwise',
    },
  },
];

/** Not surveyed: the reference holds no finding, so the comparison must show the gap and no guess. */
const UNSURVEYED: { topic: string; sofa: string; gap: string; reference: Sentence }[] = [
  {
    topic: 'access',
    sofa: PH,
    gap: 'EDCA',
    reference: { file: 'other-sofas.md', words: 'EDCA (2014): **[not found]**.' },
  },
  {
    topic: 'host-law',
    sofa: KR,
    gap: '',
    reference: {
      file: 'other-sofas.md',
      words: 'Not found: US–ROK SOFA 1966 base text and 1991 amendments',
    },
  },
  {
    topic: 'access',
    sofa: AU,
    gap: 'FPA articles other than the Article I definition',
    reference: { file: 'other-sofas.md', words: 'Other FPA articles: **[not found]**.' },
  },
  {
    topic: 'flight-training',
    sofa: KR,
    gap: 'US–ROK SOFA 1966 base text',
    reference: {
      file: 'other-sofas.md',
      words: 'Not found: US–ROK SOFA 1966 base text and 1991 amendments',
    },
  },
  {
    topic: 'environment',
    sofa: AU,
    gap: 'No FPA article on the environment',
    reference: { file: 'other-sofas.md', words: 'Other FPA articles: **[not found]**.' },
  },
];

const lib = realLibrary();
const r = compareSofas(lib, [JP, DE, KR, PH, AU], asDate('2024-06-01'));
const cell = (topic: string, sofa: string): CompareCell => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value.rows.find((x) => x.topic === topic)!.cells.find((c) => c.sofa === sofa)!;
};

describe("the Okinawa survey's comparison, cell by cell", () => {
  it.each(AGREED)('$topic for $sofa is $value, as the survey says', (want) => {
    const got = cell(want.topic, want.sofa);
    expect(got.value).toBe(want.value);
    expect(got.articles.map((a) => a.rule)).toEqual(expect.arrayContaining(want.rules));
  });

  it('reads German and Australian law as binding the US forces where Japanese law does not, on the ground and in the air', () => {
    for (const topic of ['host-law', 'flight-training']) {
      const hostLaw = [JP, DE, AU].map((s) => cell(topic, s).value);
      expect(hostLaw).toEqual(['does-not-apply', 'applies', 'applies']);
    }
  });

  it('reads German air exercises as needing German consent, by the 1993 text of Article 46', () => {
    const de = cell('flight-training', DE).articles.find((a) => a.rule === 'de-46-air-exercises');
    expect(de).toMatchObject({ article: 'Article 46', textStatus: 'partial' });
    const before = compareSofas(lib, [DE], asDate('1990-01-01'), ['flight-training']);
    expect(before.ok && before.value.rows[0]!.cells[0]!.articles.map((a) => a.rule)).not.toContain(
      'de-46-air-exercises',
    );
  });

  it('cites for Japan both the Foreign Ministry (Article XVI as MOFA reads it) and the survey', () => {
    const jp = cell('host-law', JP).articles;
    expect(jp.map((a) => [a.article, a.textStatus])).toEqual([
      ['Article XVI', 'not-quoted'],
      ["Okinawa Prefecture's survey of European SOFAs (2019)", 'not-quoted'],
    ]);
  });

  it("shows the Foreign Ministry's caveat beside the host-law, flight-training and access rows", () => {
    if (!r.ok) throw new Error('comparison failed');
    expect(r.value.caveats).toHaveLength(1);
    expect(r.value.caveats[0]).toMatchObject({
      sofa: JP,
      topics: ['host-law', 'flight-training', 'access'],
    });
    expect(r.value.caveats[0]!.text).toContain('it is meaningless to pick one and compare it');
  });

  it.each(UNSURVEYED)('$topic for $sofa stays a gap: not surveyed, not found', (want) => {
    const got = cell(want.topic, want.sofa);
    expect(got).toMatchObject({ value: 'not encoded', articles: [] });
    expect(got.gaps.join(' ')).toContain(want.gap);
  });
});

// The reference lives beside the research data (shared/reference next to the shared/data that
// CASUS_DATA_MIRROR names), as the treaty quotations' test finds it; CASUS_SOFA_REFERENCE overrides.
const mirror = process.env.CASUS_DATA_MIRROR;
const reference =
  process.env.CASUS_SOFA_REFERENCE ??
  (mirror && !/^https?:/.test(mirror) ? resolve(mirror, '..', 'reference', 'sofa') : '');
const available = reference !== '' && existsSync(`${reference}/${C}`);

describe.skipIf(!available)('each sentence is in the reference it is tied to', () => {
  const sentences = [
    ...AGREED.flatMap((a) => [a.okinawa, ...(a.ministry ? [a.ministry] : [])]),
    ...UNSURVEYED.map((u) => u.reference),
  ];
  it.each(sentences)('$file holds "$words"', ({ file, words }) => {
    const text = readFileSync(`${reference}/${file}`, 'utf8').replace(/\s+/g, ' ');
    expect(text).toContain(words);
  });
});
