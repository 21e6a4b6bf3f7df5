/**
 * Hand-made files in the layout and formats of the NMC 6.0, NMC 7.0 and capitals files, for unit
 * tests that need no research data. Every figure is invented (round numbers, made-up capitals):
 * none is copied from COW or peacesciencer.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Invented CINC shares by state and year; the 7.0 figures differ from the 6.0 ones on purpose. */
export const FIXTURE_CINC = {
  '6.0': { 2: { 2010: 0.2, 2016: 0.19 }, 710: { 2010: 0.15, 2016: 0.18 } },
  '7.0': {
    2: { 2010: 0.21, 2016: 0.2, 2020: 0.17, 2022: 0.16 },
    710: { 2010: 0.16, 2016: 0.19, 2020: 0.22, 2022: 0.23 },
  },
} as const;

const ABB: Record<number, string> = { 2: 'USA', 710: 'CHN' };

/** COW's abridged layout: stateabb first, a version column, -9 for missing, CRLF line ends. */
function nmc60(): string {
  const rows = Object.entries(FIXTURE_CINC['6.0']).flatMap(([ccode, years]) =>
    Object.entries(years).map(
      ([year, cinc]) =>
        `${ABB[Number(ccode)]},${ccode},${year},1000,100,-9,500,2000,900,${cinc},2021`,
    ),
  );
  return `${['stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version', ...rows].join('\r\n')}\r\n`;
}

/** peacesciencer's layout: quoted header, no stateabb or version, empty fields for missing. */
function nmc70(): string {
  const rows = Object.entries(FIXTURE_CINC['7.0']).flatMap(([ccode, years]) =>
    Object.entries(years).map(([year, cinc]) => `${ccode},${year},1100,110,,520,2100,950,${cinc}`),
  );
  const header = '"ccode","year","milex","milper","irst","pec","tpop","upop","cinc"';
  return `${[header, ...rows].join('\n')}\n`;
}

function capitals(): string {
  const header = '"ccode","statenme","capital","stdate","enddate","lat","lng"';
  const rows = [
    '2,"Fixture State A","Capital A","1816-01-01","2024-12-31",40,-75',
    '710,"Fixture State B","Capital B","1816-01-01","2024-12-31",40,115',
  ];
  return `${[header, ...rows].join('\n')}\n`;
}

/**
 * Writes the fixture files under `dir` (cow/NMC-60-abridged.csv unless `only7`,
 * peacesciencer/cow_nmc.csv, peacesciencer/cow_capitals.csv) and returns `dir`.
 * @example await importDatasets({ dir: await writeNmcFixtures(await tempDir('nmc')), dbPath })
 */
export async function writeNmcFixtures(dir: string, options: { only7?: boolean } = {}) {
  await mkdir(join(dir, 'cow'), { recursive: true });
  await mkdir(join(dir, 'peacesciencer'), { recursive: true });
  if (!options.only7) await writeFile(join(dir, 'cow', 'NMC-60-abridged.csv'), nmc60());
  await writeFile(join(dir, 'peacesciencer', 'cow_nmc.csv'), nmc70());
  await writeFile(join(dir, 'peacesciencer', 'cow_capitals.csv'), capitals());
  return dir;
}
