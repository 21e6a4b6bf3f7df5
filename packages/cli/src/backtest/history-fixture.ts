/** Test helper: hand-made histories written in the COW and ATOP file formats (no row taken from the real datasets), imported into a store. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDatasets } from '@casus/data';

/** Inter-StateWarData 4.0's columns, in its order. */
const WAR_COLUMNS =
  'WarNum,WarName,WarType,ccode,StateName,Side,StartMonth1,StartDay1,StartYear1,EndMonth1,EndDay1,EndYear1,StartMonth2,StartDay2,StartYear2,EndMonth2,EndDay2,EndYear2,TransFrom,WhereFought,Initiator,Outcome,TransTo,BatDeath,Version';

/** One participant: a state on a side from one day to another (YYYY-MM-DD). */
export interface FixtureParticipant {
  war: number;
  name: string;
  ccode: number;
  side: 1 | 2;
  from: string;
  to: string;
  initiator?: boolean;
  whereFought?: number;
}

/** One member row of an alliance, with its pledges and conditions as ATOP names them. */
export interface FixtureMember {
  ccode: number;
  entered: string;
  exited?: string;
  /** ATOP columns set to 1 (e.g. defense, neutral, defcoadv, neucoatt) or to a value (cowwar). */
  codes: Record<string, number>;
}

export interface FixtureAlliance {
  atopid: number;
  begins: string;
  /** ATOP alliance-level codes, e.g. {specthrt: 1, statthr1: 365}. */
  codes?: Record<string, number>;
  members: FixtureMember[];
}

const PROVISIONS = ['defense', 'offense', 'neutral', 'nonagg', 'consul'];
const CONDITIONS = [
  'defcoadv',
  'defcoloc',
  'defcocon',
  'defconum',
  'defcodem',
  'defconpr',
  'offcoadv',
  'offcoloc',
  'offcocon',
  'offconum',
  'offcodem',
  'neucoadv',
  'neucoloc',
  'neucocon',
  'neuconum',
  'neucodem',
  'neuconpr',
  'neucoatt',
  'concoadv',
  'concoloc',
  'concocon',
  'concoreq',
];
const MEMBER_COLUMNS = [
  'atopid',
  'member',
  'yrent',
  'moent',
  'dayent',
  'yrexit',
  'moexit',
  'dayexit',
  'ineffect',
  'bilat',
  'phase',
  'maxphase',
  'cowwar',
  ...PROVISIONS,
  ...CONDITIONS,
  'version',
];
const ALLIANCE_COLUMNS = [
  'atopid',
  'begyr',
  'begmo',
  'begday',
  'endyr',
  'endmo',
  'endday',
  'ineffect',
  'bilat',
  ...PROVISIONS,
  'specthrt',
  'statthr1',
  'statthr2',
  'version',
];
const DDYR_COLUMNS = ['ddyad', 'year', 'atopally', ...PROVISIONS, 'stateA', 'stateB', 'version'];

const ymd = (date: string) => date.split('-').map(Number) as [number, number, number];

function warLine(p: FixtureParticipant): string {
  const [y1, m1, d1] = ymd(p.from);
  const [y2, m2, d2] = ymd(p.to);
  const name = p.name.includes(',') ? `"${p.name}"` : p.name;
  return [
    p.war,
    name,
    1,
    p.ccode,
    `State ${p.ccode}`,
    p.side,
    m1,
    d1,
    y1,
    m2,
    d2,
    y2,
    -8,
    -8,
    -8,
    -8,
    -8,
    -8,
    -8,
    p.whereFought ?? 2,
    p.initiator ? 1 : 2,
    1,
    -8,
    1000,
    4,
  ].join(',');
}

function memberLine(a: FixtureAlliance, m: FixtureMember): string {
  const [y, mo, d] = ymd(m.entered);
  const [yx, mx, dx] = m.exited ? ymd(m.exited) : [0, 0, 0];
  const fixed: Record<string, number> = {
    atopid: a.atopid,
    member: m.ccode,
    yrent: y,
    moent: mo,
    dayent: d,
    yrexit: yx,
    moexit: mx,
    dayexit: dx,
    ineffect: m.exited ? 0 : 1,
    bilat: a.members.length === 2 ? 1 : 0,
    phase: 1,
    maxphase: 1,
    version: 5.1,
  };
  return MEMBER_COLUMNS.map((c) => fixed[c] ?? m.codes[c] ?? 0).join(',');
}

function allianceLine(a: FixtureAlliance): string {
  const [y, mo, d] = ymd(a.begins);
  const has = (p: string) => (a.members.some((m) => m.codes[p] === 1) ? 1 : 0);
  const fixed: Record<string, number> = {
    atopid: a.atopid,
    begyr: y,
    begmo: mo,
    begday: d,
    endyr: 0,
    endmo: 0,
    endday: 0,
    ineffect: 1,
    bilat: a.members.length === 2 ? 1 : 0,
    version: 5.1,
    ...Object.fromEntries(PROVISIONS.map((p) => [p, has(p)])),
  };
  return ALLIANCE_COLUMNS.map((c) => fixed[c] ?? a.codes?.[c] ?? 0).join(',');
}

/**
 * Writes the history as atop/ and cow/ files (the war file with old-Mac \r line endings, as COW
 * ships it), imports them into a new store and returns its path.
 * @example const db = await historyStore(wars, alliances); await runCasus(['backtest', '--db', db])
 */
export async function historyStore(
  wars: readonly FixtureParticipant[],
  alliances: readonly FixtureAlliance[],
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'casus-backtest-'));
  mkdirSync(join(dir, 'cow'));
  mkdirSync(join(dir, 'atop'));
  writeFileSync(
    join(dir, 'cow', 'Inter-StateWarData_v4.0.csv'),
    `${[WAR_COLUMNS, ...wars.map(warLine)].join('\r')}\r`,
  );
  const members = alliances.flatMap((a) => a.members.map((m) => memberLine(a, m)));
  writeFileSync(
    join(dir, 'atop', 'atop5_1m.csv'),
    `${[MEMBER_COLUMNS.join(','), ...members].join('\n')}\n`,
  );
  writeFileSync(
    join(dir, 'atop', 'atop5_1a.csv'),
    `${[ALLIANCE_COLUMNS.join(','), ...alliances.map(allianceLine)].join('\n')}\n`,
  );
  const ddyr = [DDYR_COLUMNS.join(','), [200365, 1850, 1, 1, 0, 0, 0, 0, 200, 365, 5.1].join(',')];
  writeFileSync(join(dir, 'atop', 'atop5_1ddyr.csv'), `${ddyr.join('\n')}\n`);
  const dbPath = join(dir, 'casus.duckdb');
  await importDatasets({ dir, dbPath, only: ['atop', 'cow-wars'] });
  return dbPath;
}
