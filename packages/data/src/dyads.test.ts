import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { greatCircleMiles, milesToKm } from '@casus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  datasetsForDyads,
  dyadParts,
  dyadYearsQuery,
  missingForDyads,
  writeDyadYears,
} from './dyads.ts';
import { importDatasets } from './import.ts';
import { openStore, type Store } from './store.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';

const numbers = (_: string, v: unknown) => (typeof v === 'bigint' ? Number(v) : v);

describe.skipIf(!sharedDataAvailable)(`dyad-years against peacesciencer${needsSharedData}`, () => {
  let store: Store;
  let dir: string;
  const rows = async (sql: string) =>
    JSON.parse(
      JSON.stringify((await store.connection.runAndReadAll(sql)).getRowObjectsJS(), numbers),
    ) as Record<string, number>[];

  beforeAll(async () => {
    dir = await tempDir('dyads');
    const dbPath = join(dir, 'casus.duckdb');
    await importDatasets({
      dir: sharedDataDir,
      dbPath,
      only: datasetsForDyads(
        ['atop', 'nmc', 'contiguity', 'majors', 'similarity', 'capdist', 'democracy', 'cowwars'],
        ['7.0', '6.0'],
      ),
    });
    store = await openStore(dbPath);
    const ps = (name: string) =>
      `'${join(sharedDataDir, 'peacesciencer', name).replaceAll("'", "''")}'`;
    await store.connection.run(
      `CREATE TEMP TABLE ours AS ${dyadYearsQuery({ from: 1816, to: 2016, with: ['atop', 'nmc', 'contiguity', 'majors'] })}`,
    );
    await store.connection.run(
      `CREATE TEMP TABLE ps_ddy AS SELECT * FROM read_csv(${ps('cow_ddy.csv.gz')}) WHERE year <= 2016`,
    );
    await store.connection.run(`CREATE TEMP TABLE ps_atop AS SELECT least(ccode1, ccode2) AS ccode1, greatest(ccode1, ccode2) AS ccode2, year,
      max(atop_defense) AS atop_defense, max(atop_offense) AS atop_offense, max(atop_neutral) AS atop_neutral,
      max(atop_nonagg) AS atop_nonagg, max(atop_consul) AS atop_consul
      FROM read_csv(${ps('atop_alliance.csv')}) GROUP BY ALL`);
  });
  afterAll(() => store?.close());

  it('has the same non-directed dyad-years as cow_ddy in sample years', async () => {
    const counts = await rows(
      `SELECT year, count(*) AS n FROM ours WHERE year IN (1816, 1914, 1946, 2000, 2016) GROUP BY year ORDER BY year`,
    );
    const expected = await rows(
      `SELECT year, count(*) AS n FROM ps_ddy WHERE ccode1 < ccode2 AND year IN (1816, 1914, 1946, 2000, 2016) GROUP BY year ORDER BY year`,
    );
    expect(counts).toEqual(expected);
  });

  it('has exactly cow_ddy (ccode1 < ccode2) in 1816-2016: nothing more, nothing less', async () => {
    const diff = await rows(`SELECT
      (SELECT count(*) FROM (SELECT ccode1, ccode2, year FROM ours EXCEPT SELECT ccode1, ccode2, year FROM ps_ddy)) AS extra,
      (SELECT count(*) FROM (SELECT ccode1, ccode2, year FROM ps_ddy WHERE ccode1 < ccode2 EXCEPT SELECT ccode1, ccode2, year FROM ours)) AS lacking`);
    expect(diff).toEqual([{ extra: 0, lacking: 0 }]);
  });

  it('drops pairs in the system the same year but never on the same day (USA–Japan 1946)', async () => {
    const pairs = await rows(
      `SELECT year FROM ours WHERE ccode1 = 2 AND ccode2 = 740 AND year BETWEEN 1944 AND 1953 ORDER BY year`,
    );
    expect(pairs.map((r) => r.year)).toEqual([1944, 1945, 1952, 1953]);
  });

  it('gives ATOP pledges equal to peacesciencer atop_alliance (max over both directions), else 0', async () => {
    const mismatches =
      await rows(`SELECT count(*) AS n FROM ours o LEFT JOIN ps_atop p USING (ccode1, ccode2, year)
      WHERE o.atop_defense <> coalesce(p.atop_defense, 0) OR o.atop_offense <> coalesce(p.atop_offense, 0)
         OR o.atop_neutral <> coalesce(p.atop_neutral, 0) OR o.atop_nonagg <> coalesce(p.atop_nonagg, 0)
         OR o.atop_consul <> coalesce(p.atop_consul, 0)`);
    expect(mismatches).toEqual([{ n: 0 }]);
    const usJapan = await rows(
      `SELECT atop_defense, atop_consul FROM ours WHERE ccode1 = 2 AND ccode2 = 740 AND year = 1960`,
    );
    expect(usJapan).toEqual([{ atop_defense: 1, atop_consul: 1 }]);
  });

  it('takes the contiguity type of the earliest month with a record, 0 when none', async () => {
    const types = await rows(`SELECT ccode1, ccode2, year, conttype FROM ours
      WHERE (ccode1, ccode2, year) IN ((2, 20, 1920), (2, 740, 1960), (365, 740, 1960), (710, 740, 1879), (710, 740, 1895)) ORDER BY ALL`);
    expect(types.map((r) => r.conttype)).toEqual([1, 0, 2, 5, 4]);
  });

  it('joins NMC for each side, missing stays missing, and major-power status', async () => {
    const [row] = await rows(
      `SELECT cinc1, cowmaj1, cowmaj2 FROM ours WHERE ccode1 = 2 AND ccode2 = 20 AND year = 1945`,
    );
    expect(row?.cinc1).toBeCloseTo(0.38386354, 8);
    expect([row?.cowmaj1, row?.cowmaj2]).toEqual([1, 0]);
    const nulls = await rows('SELECT count(*) AS n FROM ours WHERE milex1 IS NULL');
    expect(nulls[0]?.n).toBeGreaterThan(0);
  });

  it("writes the non-directed 1816-2016 atop, nmc, contiguity CSV byte for byte as peacesciencer 1.2.9's write.csv", async () => {
    // create_dyadyears(system = "cow", mry = FALSE, directed = FALSE) |> add_atop_alliance() |>
    // add_nmc() |> add_contiguity(), then write.csv(df, row.names = FALSE, na = "", quote = FALSE):
    // its md5, size and line count as issue 16 measured them in R.
    const csv = join(dir, 'peacesciencer.csv');
    const n = await writeDyadYears(
      store.connection,
      { from: 1816, to: 2016, with: ['atop', 'nmc', 'contiguity'] },
      csv,
    );
    expect(n).toBe(956_145);
    const bytes = await readFile(csv);
    expect((await stat(csv)).size).toBe(101_421_338);
    expect(createHash('md5').update(bytes).digest('hex')).toBe('79a6386d9d925b62e1d70492e310c453');
    // Any alliance: 23 dyad-years more than have any of the five pledges (alliances with none).
    const [sums] = await rows(`SELECT sum(atop_alliance) AS alliance,
      sum(greatest(atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul)) AS pledges
      FROM read_csv('${csv.replaceAll("'", "''")}')`);
    expect(sums).toEqual({ alliance: 125_247, pledges: 125_224 });
  });

  it('cuts the file into parts of consecutive ccode1 that hold every dyad-year once', async () => {
    // The 24 fields of atop, nmc and contiguity: parts of about 150,000 rows, so DuckDB sorts one
    // at a time. A gap or an overlap between parts changes the total.
    for (const [directed, total] of [
      [false, 956_145],
      [true, 1_912_290],
    ] as const) {
      const parts = await dyadParts(store.connection, { from: 1816, to: 2016, directed }, 24);
      expect(parts.length).toBeGreaterThan(total / 300_000);
      expect(parts[0]?.[0]).toBe(0);
      expect(parts.slice(1).map(([lo]) => lo)).toEqual(parts.slice(0, -1).map(([, hi]) => hi));
      const counts = await Promise.all(
        parts.map(async (part) => {
          const q = dyadYearsQuery({ from: 1816, to: 2016, directed, part });
          return (await rows(`SELECT count(*) AS n FROM (${q})`))[0]?.n ?? 0;
        }),
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
      for (const n of counts) expect(n).toBeLessThan(300_000);
    }
  });

  it('writes .csv.gz as the same bytes as .csv, gzipped', async () => {
    // Over 300,000 rows of 23 fields: at least two parts, strung together inside one gzip stream.
    const options = { from: 1990, to: 2016, with: ['atop', 'nmc'] } as const;
    const [csv, gz] = [join(dir, 'plain.csv'), join(dir, 'packed.csv.gz')];
    expect(await writeDyadYears(store.connection, options, gz)).toBeGreaterThan(300_000);
    await writeDyadYears(store.connection, options, csv);
    expect(gunzipSync(await readFile(gz)).equals(await readFile(csv))).toBe(true);
  });

  it('adds portfolio similarity (--with similarity): the same S in both orders, in R text', async () => {
    // S(GBR, AUH) in 1816 is 7/23, worked by hand from the files in the CLI's
    // similarity.real-data.test.ts; R writes it to 15 significant digits.
    const csv = join(dir, 'similarity.csv');
    const n = await writeDyadYears(
      store.connection,
      { from: 1816, to: 1816, directed: true, with: ['similarity'], nmc: '6.0' },
      csv,
    );
    expect(n).toBe(23 * 22);
    const lines = (await readFile(csv, 'utf8')).split('\n');
    expect(lines[0]).toBe(
      'ccode1,ccode2,year,s_un_glo,s_wt_glo,tau_glob,s_un_reg,s_wt_reg,tau_reg',
    );
    // Regionally both are European: the 21 members of 200–399 of the 23, without the United
    // States (2) and the Ottoman Empire (640), with neither of which either had an alliance, so
    // the same 8 of distance over 21: S = 1 − 16/21 = 5/21.
    const d = String.raw`-?\d\.?\d*(?:e-\d+)?`;
    for (const pair of ['200,300', '300,200'])
      expect(lines.find((l) => l.startsWith(`${pair},1816,`))).toMatch(
        new RegExp(`^${pair},1816,0\\.304347826086957,${d},${d},0\\.238095238095238,${d},${d}$`),
      );
    // The United States and Britain span two regions: all but the Ottoman Empire, allied to
    // neither, so the same distance over 22 rather than 23.
    const cells = lines
      .find((l) => l.startsWith('2,200,1816,'))!
      .split(',')
      .map(Number);
    expect(cells[6]).toBeCloseTo(1 - ((1 - cells[3]!) * 23) / 22, 12);
    const [range] = await rows(`SELECT min(s_un_glo) AS lo, max(s_un_glo) AS hi, count(*) AS n
      FROM read_csv('${csv.replaceAll("'", "''")}')`);
    expect(range!.lo).toBeGreaterThanOrEqual(-1);
    expect(range!.hi).toBeLessThanOrEqual(1);
  });

  it('adds capital distance (--with capdist): Washington–London by the sphere of radius 6,378.137 km, and the capital of the first day of a moving year', async () => {
    const capital = async (ccode: number, on: string) =>
      (
        await rows(`SELECT lng, lat FROM cow_capitals WHERE ccode = ${ccode}
          AND DATE '${on}' BETWEEN stdate AND enddate ORDER BY stdate LIMIT 1`)
      )[0]!;
    // The same great circle by another formula (core's haversine) rescaled to geosphere's radius;
    // to a metre, as core's mile and kilometre constants agree to 1e-8.
    const km = (a: Record<string, number>, b: Record<string, number>) =>
      (milesToKm(greatCircleMiles([a.lng!, a.lat!], [b.lng!, b.lat!])) / 6371.0088) * 6378.137;
    const csv = join(dir, 'capdist.csv');
    await writeDyadYears(store.connection, { from: 1816, to: 2016, with: ['capdist'] }, csv);
    const at = async (c1: number, c2: number, year: number) =>
      (
        await rows(`SELECT capdist FROM read_csv('${csv}') WHERE ccode1 = ${c1} AND ccode2 = ${c2}
          AND year = ${year}`)
      )[0]!.capdist!;
    const washington = await capital(2, '2000-01-01');
    const london = await capital(200, '2000-01-01');
    const usaGbr = await at(2, 200, 2000);
    expect(usaGbr).toBeCloseTo(km(washington, london), 3);
    expect(usaGbr).toBeGreaterThan(5890);
    expect(usaGbr).toBeLessThan(5920);
    // R's text to the last digit: the formula worked in Python (IEEE doubles, glibc, as R) in
    // geosphere's order on cow_capitals' coordinates; Paris–Berlin is one where another order of the
    // same operations writes 879.537630810792.
    const line = async (c1: number, c2: number) =>
      (await readFile(csv, 'utf8')).split('\n').find((l) => l.startsWith(`${c1},${c2},2000,`));
    expect(await line(2, 200)).toBe('2,200,2000,5905.08484988634');
    expect(await line(220, 255)).toBe('220,255,2000,879.537630810791');
    // A state whose capital moved within a year takes the capital of the year's first day.
    const [moved] = await rows(`SELECT ccode, year(enddate + 1)::INTEGER AS year,
        (enddate + 1)::VARCHAR AS moved FROM cow_capitals a
      WHERE EXISTS (SELECT 1 FROM cow_capitals b WHERE b.ccode = a.ccode AND b.stdate = a.enddate + 1)
        AND month(enddate + 1) > 1 AND year(enddate + 1) BETWEEN 1816 AND 2016 AND ccode > 200
      ORDER BY ccode, enddate LIMIT 1`);
    const { ccode, year } = moved as { ccode: number; year: number };
    const first = await capital(ccode, `${year}-01-01`);
    expect(first).not.toEqual(await capital(ccode, String(moved!.moved)));
    expect(await at(200, ccode, year)).toBeCloseTo(km(london, first), 3);
  });

  it('adds democracy (--with democracy) for each side from ccode_democracy, in R text, missing kept', async () => {
    const csv = join(dir, 'democracy.csv');
    await writeDyadYears(store.connection, { from: 1990, to: 1990, with: ['democracy'] }, csv);
    const text = await readFile(csv, 'utf8');
    const [header, ...lines] = text.trimEnd().split('\n');
    expect(header).toBe(
      'ccode1,ccode2,year,v2x_polyarchy1,polity21,xm_qudsest1,v2x_polyarchy2,polity22,xm_qudsest2',
    );
    // Each side's three values are ccode_democracy's row for that state and year, character for character
    // (Germany's 1990 Polity2 is missing in the file, and stays so).
    const source = join(sharedDataDir, 'peacesciencer', 'ccode_democracy.csv');
    const raw = new Map(
      (await readFile(source, 'utf8'))
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','))
        .map(([c, y, ...v]) => [`${c},${y}`, v]),
    );
    for (const pair of ['2,365', '2,710', '200,255']) {
      const cells = lines.find((l) => l.startsWith(`${pair},1990,`))!.split(',');
      const [a, b] = pair.split(',');
      expect(cells.slice(3, 6)).toEqual(raw.get(`${a},1990`));
      expect(cells.slice(6, 9)).toEqual(raw.get(`${b},1990`));
    }
  });

  it('adds COW inter-state wars (--with cowwars) as add_cow_wars(type = "inter"): the Korean War, and the rule for a dyad-year of two wars', async () => {
    const csv = join(dir, 'wars.csv');
    await writeDyadYears(store.connection, { from: 1816, to: 2016, with: ['cowwars'] }, csv);
    const table = `read_csv('${csv}')`;
    const korea = await rows(`SELECT year, cowinterongoing AS ongoing, cowinteronset AS onset,
        sidea1, initiator2, batdeath1, batdeath2 FROM ${table}
      WHERE ccode1 = 2 AND ccode2 = 731 AND year BETWEEN 1949 AND 1954 ORDER BY year`);
    // War 151: the United States (side A) and North Korea (the initiator) fought 1950–1953.
    expect(korea.map((r) => [r.year, r.ongoing, r.onset])).toEqual([
      [1949, 0, 0],
      [1950, 1, 1],
      [1951, 1, 0],
      [1952, 1, 0],
      [1953, 1, 0],
      [1954, 0, 0],
    ]);
    expect(korea[1]).toMatchObject({ sidea1: 1, initiator2: 1, batdeath1: 54_487 });
    // Inside 1816–2007 a dyad-year without a war is 0; after it, missing.
    const [after] = await rows(`SELECT count(*) AS n, count(cowinteronset) AS known FROM ${table}
      WHERE year > 2007`);
    expect(after!.n).toBeGreaterThan(0);
    expect(after!.known).toBe(0);
    // Every dyad-year of the file appears once; where one of its wars begins that year, the row
    // kept is an onset; otherwise the one with the most battle deaths.
    const clash = await rows(`WITH raw AS (SELECT ccode1, ccode2, year, max(cowinteronset) AS onset,
        count(*) AS n FROM cow_war_inter WHERE ccode1 < ccode2 GROUP BY ALL HAVING n > 1)
      SELECT raw.onset AS expected, t.cowinteronset AS got FROM raw JOIN ${table} t USING (ccode1, ccode2, year)`);
    expect(clash.length).toBeGreaterThan(10);
    expect(clash.filter((r) => r.expected !== r.got)).toEqual([]);
    const [{ n }] = (await rows(`SELECT count(*) AS n FROM (SELECT DISTINCT ccode1, ccode2, year
      FROM cow_war_inter WHERE ccode1 < ccode2 AND year <= 2016)`)) as [{ n: number }];
    const [{ ongoing }] = (await rows(
      `SELECT count(*) AS ongoing FROM ${table} WHERE cowinterongoing = 1`,
    )) as [{ ongoing: number }];
    expect(ongoing).toBe(n);
  });

  it('writes directed CSV (twice the rows) and non-directed Parquet, and names missing datasets', async () => {
    const csv = join(dir, 'dyads.csv');
    const directed = await writeDyadYears(
      store.connection,
      { from: 2000, to: 2000, directed: true, with: ['atop'] },
      csv,
    );
    const plain = await writeDyadYears(
      store.connection,
      { from: 2000, to: 2000 },
      join(dir, 'dyads.parquet'),
    );
    expect(directed).toBe(2 * plain);
    expect((await readFile(csv, 'utf8')).split('\n')[0]).toBe(
      'ccode1,ccode2,year,atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul',
    );
    await store.connection.run('DROP TABLE cow_majors');
    expect(
      await missingForDyads(store.connection, { from: 1816, to: 2016, with: ['majors', 'atop'] }),
    ).toEqual(['cow-majors']);
  });
});
