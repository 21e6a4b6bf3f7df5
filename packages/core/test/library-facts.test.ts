/** The curated library loads cleanly, and the facts that matter hold, each checked against its article. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate, prepareGazetteer } from '../src/engine/gazetteer.ts';
import { inArea } from '../src/engine/in-area.ts';
import { agreementInForce, exceptionsFor } from '../src/engine/in-force.ts';
import {
  type Agreement,
  type AreaId,
  asDate,
  asPlace,
  asState,
  type Clause,
  formatIssue,
  type Library,
  loadLibrary,
} from '../src/index.ts';
import { libraryFiles } from './library-files.ts';

function load(): Library {
  const result = loadLibrary(libraryFiles());
  if (!result.ok)
    throw new Error(`library does not load:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.value;
}

const lib = load();
const gazetteer = prepareGazetteer(lib.places);
const covers = (area: string, place: string) =>
  inArea(area as AreaId, locate(gazetteer, { place: asPlace(place) }), lib);

function agreement(id: string): Agreement {
  const a = lib.agreements.get(id as Agreement['id']);
  if (!a) throw new Error(`agreement ${id} is missing`);
  return a;
}

function article(a: Agreement, name: string) {
  const found = a.articles.find((x) => x.article === name);
  if (!found) throw new Error(`${a.id} has no ${name}`);
  return found;
}

const clausesOf = (a: Agreement): Clause[] => a.articles.flatMap((x) => x.clauses);
const names = (parties: Clause['obligors'], a: Agreement): string[] =>
  parties === 'members' ? a.members : parties;

describe('the curated library', () => {
  it('loads with no errors', () => {
    const result = loadLibrary(libraryFiles());
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map(formatIssue).join('\n')).toBe('');
    expect(result.ok).toBe(true);
  });

  it('holds every agreement of issue 2 and the four architectures', () => {
    for (const id of [
      'us-japan-1960',
      'us-rok-1953',
      'us-philippines-1951',
      'anzus-1951',
      'manila-pact-1954',
      'nato-1949',
      'china-dprk-1961',
      'russia-dprk-2024',
      'china-russia-2001',
      'fpda-1971',
      'aukus-2021',
      'quad',
      'japan-australia-raa',
      'japan-uk-raa',
      'japan-philippines-raa',
      'taiwan-relations-act',
      'sino-american-mdt-1954',
      'japan-peace-security-2015',
      'asian-nato-exclusive',
      'asian-nato-inclusive',
      'us-japan-revised',
    ])
      expect(lib.agreements.has(id as Agreement['id'])).toBe(true);
    for (const id of [
      'status-quo',
      'asian-nato-exclusive',
      'asian-nato-inclusive',
      'us-japan-revised',
    ])
      expect(lib.architectures.has(id as never)).toBe(true);
  });

  it('marks every gap in a partially quoted article (or says it quotes an unofficial translation)', () => {
    for (const a of lib.agreements.values())
      for (const x of a.articles.filter((x) => x.textStatus === 'partial'))
        expect(
          /\[…[^\]]*\]/.test(x.text ?? '') || /translation/.test(x.source),
          `${a.id} ${x.article}`,
        ).toBe(true);
  });
});

describe('US–Japan 1960: asymmetric by its area (Article V)', () => {
  const usJapan = agreement('us-japan-1960');
  const art5 = article(usJapan, 'Article V');

  it('quotes Article V verbatim with the administration test', () => {
    expect(art5.textStatus).toBe('verbatim');
    expect(art5.text).toContain(
      'an armed attack against either Party in the territories under the administration of Japan',
    );
    expect(art5.text).toContain('in accordance with its constitutional provisions and processes');
  });

  it('obliges the United States in the territories under the administration of Japan', () => {
    const clause = art5.clauses.find((c) => c.type === 'defense');
    expect(clause?.trigger?.area).toBe('administered-by-japan');
    expect(names(clause!.obligors, usJapan)).toContain('USA');
    expect(names(clause!.beneficiaries, usJapan)).toContain('JPN');
    expect(clause?.response).toBe('constitutional');
    expect(covers('administered-by-japan', 'JPN.senkaku')).toBe(true);
    expect(covers('administered-by-japan', 'RUS.southern-kurils')).toBe(false);
  });

  it('gives Japan no obligation to defend US territory outside Japanese administration (Guam)', () => {
    const japanDefends = clausesOf(usJapan).filter(
      (c) => c.type === 'defense' && names(c.obligors, usJapan).includes('JPN'),
    );
    expect(japanDefends.length).toBeGreaterThan(0);
    for (const c of japanDefends) {
      expect(c.trigger?.area).toBe('administered-by-japan');
      expect(covers(c.trigger!.area!, 'USA.guam')).toBe(false);
      expect(covers(c.trigger!.area!, 'USA.hawaii')).toBe(false);
    }
  });
});

describe('ANZUS: US obligations to New Zealand suspended since 1986', () => {
  const anzus = agreement('anzus-1951');
  const art4 = clausesOf(anzus).find((c) => c.type === 'defense')!;
  const on = (date: string, from: string, to: string) =>
    exceptionsFor(anzus, art4, asState(from), asState(to), asDate(date)).filter(
      (e) => e.kind === 'suspension',
    );

  it('suspends the Article IV duty between the United States and New Zealand from 1986', () => {
    const [suspension] = on('2024-06-01', 'USA', 'NZL');
    expect(suspension?.from?.startsWith('1986')).toBe(true);
    expect(on('2024-06-01', 'NZL', 'USA')).toHaveLength(1);
    expect(on('1985-06-01', 'USA', 'NZL')).toHaveLength(0);
  });

  it('leaves US–Australia and Australia–New Zealand in place', () => {
    expect(on('2024-06-01', 'USA', 'AUS')).toHaveLength(0);
    expect(on('2024-06-01', 'AUS', 'USA')).toHaveLength(0);
    expect(on('2024-06-01', 'AUS', 'NZL')).toHaveLength(0);
  });
});

describe('NATO: Article 6 draws the area of Article 5', () => {
  const nato = agreement('nato-1949');

  it('quotes the amended Article 6 and ties Article 5 to its area', () => {
    expect(article(nato, 'Article 6 (as amended, 1951)').text).toContain(
      'north of the Tropic of Cancer',
    );
    const art5 = article(nato, 'Article 5').clauses[0];
    expect(art5?.trigger?.area).toBe('nato-article-6');
  });

  it('excludes Hawaii and Guam, includes North America, Alaska and Turkey', () => {
    expect(covers('nato-article-6', 'USA.hawaii')).toBe(false);
    expect(covers('nato-article-6', 'USA.guam')).toBe(false);
    expect(covers('nato-article-6', 'JPN.home-islands')).toBe(false);
    expect(covers('nato-article-6', 'USA.continental')).toBe(true);
    expect(covers('nato-article-6', 'USA.alaska')).toBe(true);
    expect(covers('nato-article-6', 'TUR.main')).toBe(true);
    expect(covers('nato-article-6', 'sea.mediterranean')).toBe(true);
  });
});

describe('the Philippines treaty reaches the South China Sea (Articles IV–V, §15 statements)', () => {
  it('covers public vessels at Second Thomas Shoal', () => {
    const clause = clausesOf(agreement('us-philippines-1951')).find((c) => c.type === 'defense')!;
    expect(clause.trigger?.targets).toContain('public-vessel');
    expect(covers(clause.trigger!.area!, 'PHL.second-thomas-shoal')).toBe(true);
    expect(covers(clause.trigger!.area!, 'sea.south-china-sea')).toBe(true);
  });
});

describe('dates: the law on the date', () => {
  const inForce = (id: string, date: string) =>
    agreementInForce(agreement(id), asDate(date), false).pass;

  it('the Sino-American treaty ended on 1979-12-31 and is not in force in 2024', () => {
    expect(agreement('sino-american-mdt-1954').ended).toBe('1979-12-31');
    expect(inForce('sino-american-mdt-1954', '1970-01-01')).toBe(true);
    expect(inForce('sino-american-mdt-1954', '2024-06-01')).toBe(false);
  });

  it('the Russia–DPRK treaty is in force from 2024-12-04, not on signature', () => {
    expect(agreement('russia-dprk-2024').inForce).toBe('2024-12-04');
    expect(inForce('russia-dprk-2024', '2024-11-01')).toBe(false);
    expect(inForce('russia-dprk-2024', '2024-12-04')).toBe(true);
  });

  it('a treaty signed but not recorded in force does not count (Japan–Philippines RAA)', () => {
    expect(inForce('japan-philippines-raa', '2024-12-31')).toBe(false);
  });
});

describe('agreements since 2018: dates as their sources give them (issue 15)', () => {
  const inForce = (id: string, date: string) =>
    agreementInForce(agreement(id), asDate(date), false).pass;
  // id, signed, inForce (undefined: no source confirms it), and the source that gives the dates.
  const table: [string, string, string | undefined, string][] = [
    [
      'camp-david-2023',
      '2023-08-18',
      '2023-08-18',
      'kr.usembassy.gov/081923-commitment-to-consult',
    ],
    ['us-png-dca-2023', '2023-05-22', undefined, 'anews.com.tr/world/2023/05/22'],
    ['russia-belarus-2024', '2024-12-06', '2025-03-13', 'rg.ru/2025/03/13'],
    ['saudi-pakistan-smda-2025', '2025-09-17', undefined, 'infonews.ca/news/7354672'],
    ['australia-png-pukpuk-2025', '2025-10-06', undefined, 'pnghausbung.com/pukpuk-treaty'],
    ['australia-indonesia-dca-2024', '2024-08-29', undefined, 'manmonthly.com.au'],
    ['australia-indonesia-jakarta-2026', '2026-02-06', undefined, 'pubt.io/view/B1024ABC'],
  ];

  it.each(table)('%s: signed %s, in force %s, per its source', (id, signed, force, source) => {
    const a = agreement(id);
    expect(a.signed).toBe(signed);
    expect(a.inForce).toBe(force);
    expect((a.sources ?? []).some((s) => s.includes(source))).toBe(true);
    for (const x of a.articles) expect(x.textStatus, `${id} ${x.article}`).toBe('not-quoted');
    if (force) {
      const before = new Date(`${force}T00:00:00Z`);
      before.setUTCDate(before.getUTCDate() - 1);
      expect(inForce(id, before.toISOString().slice(0, 10))).toBe(false);
      expect(inForce(id, force)).toBe(true);
    } else expect(inForce(id, '2026-12-01')).toBe(false);
  });

  it('Camp David and the Treaty of Jakarta consult; Saudi–Pakistan, Pukpuk, Russia–Belarus defend; the DCAs give access', () => {
    const types = (id: string) => [...new Set(clausesOf(agreement(id)).map((c) => c.type))].sort();
    expect(types('camp-david-2023')).toEqual(['consultation']);
    expect(types('australia-indonesia-jakarta-2026')).toEqual(['consultation']);
    expect(types('saudi-pakistan-smda-2025')).toEqual(['defense']);
    expect(types('russia-belarus-2024')).toEqual(['defense']);
    expect(types('australia-png-pukpuk-2025')).toEqual(['access', 'defense']);
    expect(types('us-png-dca-2023')).toEqual(['access']);
    expect(types('australia-indonesia-dca-2024')).toEqual(['access']);
    expect(agreement('camp-david-2023').kind).toBe('joint-statement');
  });

  it('NATO dates Finland (2023-04-04) and Sweden (2024-03-07) as members by date', () => {
    const joined = (state: string) =>
      agreement('nato-1949').memberships?.find((m) => m.state === state)?.joined;
    expect(joined('FIN')).toBe('2023-04-04');
    expect(joined('SWE')).toBe('2024-03-07');
  });
});

// The quoted texts must come from the reference; it lives outside the repository, beside the
// research data (shared/reference next to the shared/data that CASUS_DATA_MIRROR names).
const mirror = process.env.CASUS_DATA_MIRROR;
const referencePath =
  mirror && !/^https?:/.test(mirror) ? resolve(mirror, '..', 'reference', 'treaty-texts.md') : '';
const referenceFound = referencePath !== '' && existsSync(referencePath);
const normalise = (s: string) =>
  s
    .replace(/^\s*> ?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

describe.skipIf(!referenceFound)(
  `quotations come from shared/reference/treaty-texts.md${
    referenceFound
      ? ''
      : referencePath === ''
        ? ' (skipped: CASUS_DATA_MIRROR is not set to the shared/data folder)'
        : ` (skipped: ${referencePath} is missing)`
  }`,
  () => {
    const reference = referenceFound ? normalise(readFileSync(referencePath, 'utf8')) : '';
    const articles = [...lib.agreements.values()].flatMap((a) => a.articles.map((x) => ({ a, x })));

    it.each(
      articles
        .filter(({ x }) => x.textStatus === 'verbatim')
        .map(({ a, x }) => [a.id, x.article, x.text]),
    )('%s %s is verbatim in the reference', (_id, _article, text) => {
      const quoted = normalise(text ?? '');
      expect(reference.includes(quoted), quoted).toBe(true);
    });

    it.each(
      articles
        .filter(({ x }) => x.textStatus === 'partial')
        .map(({ a, x }) => [a.id, x.article, x.text]),
    )('%s %s: its longest quoted piece is in the reference', (_id, _article, text) => {
      const pieces = (text ?? '').split(/\[…[^\]]*\]|"/).map(normalise);
      const longest = pieces.reduce((m, p) => (p.length > m.length ? p : m), '');
      expect(reference.includes(longest), longest).toBe(true);
    });
  },
);
