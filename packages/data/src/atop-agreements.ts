/** ATOP 5.1 alliances as Casus agreements: one clause per provision per obligated member, from the member-level rows. */
import {
  Agreement,
  type Clause,
  type ClauseType,
  cowConflict,
  type ResponseStrength,
  stateByCcode,
} from '@casus/core';
import type { DuckDBConnection } from '@duckdb/node-api';

type Row = Record<string, number | string | null>;

/** ATOP provision columns and the Casus clause type each becomes. */
const PROVISIONS: readonly { column: string; type: ClauseType; prefix: string }[] = [
  { column: 'defense', type: 'defense', prefix: 'def' },
  { column: 'offense', type: 'offense', prefix: 'off' },
  { column: 'neutral', type: 'neutrality', prefix: 'neu' },
  { column: 'nonagg', type: 'nonaggression', prefix: '' },
  { column: 'consul', type: 'consultation', prefix: 'con' },
];

/** ATOP codes whether a pledge exists, not its wording: its strength is unstated, but a consultation pledge is one to consult. */
const RESPONSE: Record<string, ResponseStrength> = {
  defense: 'unstated',
  offense: 'unstated',
  neutrality: 'unstated',
  nonaggression: 'unstated',
  consultation: 'consult-first',
};

/** Conditions ATOP codes on a member's pledge that Casus cannot encode exactly, kept as flags. */
export interface AtopClauseFlags {
  agreementId: string;
  clauseId: string;
  /** Limited to a particular adversary or type of adversary; ATOP does not name it in the data. */
  specificAdversary: boolean;
  /** Limited to conflict in a particular location. */
  location: boolean;
  /** Limited to a particular ongoing conflict. */
  conflict: boolean;
  /** Conditional on the number of adversaries. */
  number: boolean;
  /** Conditional on the ally or the adversary meeting demands in the agreement. */
  demands: boolean;
}

export interface AtopAgreements {
  agreements: Agreement[];
  flags: AtopClauseFlags[];
  /** Rows that could not be mapped (e.g. a ccode with no state record), counted once each. */
  warnings: string[];
}

const SOURCE =
  'ATOP 5.1 member-level data (atop5_1m.csv): Leeds, Ritter, Mitchell and Long 2002, International Interactions 28(3): 237-260; http://www.atopdata.org';
const pad = (n: number) => String(n).padStart(2, '0');
/** YYYY-MM-DD from ATOP's year, month, day; undefined when ATOP leaves any part empty or 0. */
const isoDate = (y: unknown, m: unknown, d: unknown): string | undefined =>
  Number(y) > 0 && Number(m) > 0 && Number(d) > 0
    ? `${y}-${pad(Number(m))}-${pad(Number(d))}`
    : undefined;

const ADVERSARY_NOTE =
  'only against a particular adversary (named in the treaty text, not in ATOP)';

function conditionNotes(
  row: Row,
  prefix: string,
): { notes: string[]; flags: Omit<AtopClauseFlags, 'agreementId' | 'clauseId'> } {
  const on = (suffix: string) => prefix !== '' && Number(row[`${prefix}co${suffix}`]) === 1;
  const flags = {
    specificAdversary: on('adv'),
    location: on('loc'),
    conflict: on('con'),
    number: on('num'),
    demands: on('dem'),
  };
  const notes = [
    flags.specificAdversary && ADVERSARY_NOTE,
    flags.location && 'only for conflict in a particular location',
    flags.conflict && 'only in a particular ongoing conflict',
    flags.number && 'conditional on the number of adversaries',
    flags.demands && 'conditional on demands in the agreement being met',
  ].filter((n): n is string => typeof n === 'string');
  return { notes, flags };
}

/** What the alliance row and its members' rows add to each pledge's conditions. */
interface AllianceContext {
  /** States ATOP names as the threat (`statthr1`, `statthr2` when `specthrt` is 1 or 3). */
  threats: string[];
  /** The COW war a member fought when it joined (`cowwar`), the likeliest "particular ongoing conflict". */
  war: number | undefined;
}

function contextOf(alliance: Row, members: Row[]): AllianceContext {
  const named = [1, 3].includes(Number(alliance.specthrt));
  const threats = named
    ? [alliance.statthr1, alliance.statthr2]
        .filter((c) => Number(c) > 0)
        .map((c) => stateByCcode(Number(c))?.iso3)
        .filter((s): s is string => s !== undefined)
    : [];
  const war = members.map((m) => Number(m.cowwar)).find((w) => w > 0);
  return { threats, war };
}

function clausesOf(
  agreementId: string,
  row: Row,
  iso3: string,
  others: string[],
  flags: AtopClauseFlags[],
  context: AllianceContext,
): Clause[] {
  const clauses: Clause[] = [];
  for (const p of PROVISIONS) {
    if (Number(row[p.column]) !== 1 || others.length === 0) continue;
    const id = `${iso3.toLowerCase()}-${p.type}-p${row.phase ?? 0}-${row.yrent}`;
    const { notes, flags: f } = conditionNotes(row, p.prefix);
    // A named adversary ATOP identifies (statthr) and the conflict have their own tests; the rest ATOP records without saying which.
    // The threat ATOP names is what an active pledge answers; a neutrality or consultation pledge
    // limited to an adversary may mean another (the Dual Alliance's neutrality: any power but Russia).
    const active = p.type === 'defense' || p.type === 'offense';
    const adversaries =
      active && f.specificAdversary && context.threats.length > 0 ? context.threats : [];
    const unstated = notes.filter(
      (n) => !n.includes('ongoing conflict') && !(adversaries.length > 0 && n === ADVERSARY_NOTE),
    );
    const ownWar = Number(row.cowwar) > 0 ? Number(row.cowwar) : context.war;
    const unprovoked = p.prefix !== '' && Number(row[`${p.prefix}conpr`]) === 1;
    const trigger = {
      events:
        p.type === 'consultation'
          ? (['armed-attack', 'threat'] as const)
          : (['armed-attack'] as const),
      targets: ['territory' as const],
      unprovoked,
      ...(adversaries.length > 0 ? { adversaries } : {}),
      ...(f.conflict
        ? { conflict: ownWar ? cowConflict(ownWar) : 'ATOP-coded conflict condition' }
        : {}),
      ...(unstated.length > 0 ? { unstated } : {}),
    };
    const inForce = isoDate(row.yrent, row.moent, row.dayent);
    const ended = Number(row.yrexit) > 0 ? isoDate(row.yrexit, row.moexit, row.dayexit) : undefined;
    clauses.push({
      id: id as Clause['id'],
      type: p.type,
      obligors: [iso3] as Clause['obligors'],
      beneficiaries: others as Clause['beneficiaries'],
      trigger: { ...trigger, events: [...trigger.events] } as Clause['trigger'],
      response: RESPONSE[p.type]!,
      ...(inForce ? { inForce: inForce as Clause['inForce'] } : {}),
      ...(ended ? { ended: ended as Clause['ended'] } : {}),
      summary: [
        `${iso3}: ${p.type} pledge to ${others.join(', ')} (ATOP ${p.column} = 1)`,
        ...(unprovoked ? ['not if the ally provoked the attack'] : []),
        ...(adversaries.length > 0
          ? [`only against ${adversaries.join(' or ')} (ATOP statthr)`]
          : []),
        ...notes.filter((n) => !(adversaries.length > 0 && n === ADVERSARY_NOTE)),
      ].join('; '),
    });
    if (Object.values(f).some(Boolean)) flags.push({ agreementId, clauseId: id, ...f });
  }
  return clauses;
}

/** Builds one agreement from its alliance row and member rows; undefined when no member maps to a state. */
function agreementOf(
  alliance: Row,
  members: Row[],
  flags: AtopClauseFlags[],
  warn: (m: string) => void,
): Agreement | undefined {
  const atopId = Number(alliance.atopid);
  const id = `atop-${atopId}`;
  const isoOf = (ccode: unknown) => {
    const state = stateByCcode(Number(ccode));
    if (!state) warn(`ATOP ${atopId}: member ccode ${ccode} has no state record; left out`);
    return state?.iso3;
  };
  const all = [
    ...new Set(members.map((m) => isoOf(m.member)).filter((s): s is string => s !== undefined)),
  ];
  if (all.length === 0) return undefined;
  const context = contextOf(alliance, members);
  const clauses = members.flatMap((m) => {
    const iso3 = stateByCcode(Number(m.member))?.iso3;
    return iso3
      ? clausesOf(
          id,
          m,
          iso3,
          all.filter((s) => s !== iso3),
          flags,
          context,
        )
      : [];
  });
  const types = [...new Set(clauses.map((c) => c.type))];
  const signed = isoDate(alliance.begyr, alliance.begmo, alliance.begday);
  const ended =
    Number(alliance.endyr) > 0
      ? isoDate(alliance.endyr, alliance.endmo, alliance.endday)
      : undefined;
  const parsed = Agreement.safeParse({
    id,
    name: `ATOP alliance ${atopId}`,
    shortName: `ATOP ${atopId}`,
    kind: 'treaty',
    members: all,
    // ATOP dates an alliance from the day its obligations begin; that is the day it is in force.
    ...(signed ? { signed, inForce: signed } : {}),
    ...(ended ? { ended } : {}),
    atopId,
    summary: `ATOP 5.1 alliance ${atopId} among ${all.join(', ')}: ${types.join(', ') || 'no coded obligation'} (coded by ATOP, text not quoted)`,
    articles: [
      {
        article: 'ATOP 5.1 coding (member-level)',
        textStatus: 'not-quoted',
        source: SOURCE,
        clauses,
      },
    ],
    sources: [SOURCE],
  });
  if (!parsed.success) {
    warn(`ATOP ${atopId}: ${parsed.error.issues[0]?.message ?? 'invalid'}; left out`);
    return undefined;
  }
  return parsed.data;
}

const rowsOf = async (
  connection: DuckDBConnection,
  sql: string,
  values: (string | number)[] = [],
) => (await connection.runAndReadAll(sql, values)).getRowObjectsJson() as Row[];

/**
 * Reads every ATOP alliance from the store as an Agreement (id `atop-<atopid>`); with `date`
 * (YYYY-MM-DD), only those with a membership in force on that day.
 * @example (await loadAtopAgreements(connection, { date: '1960-06-23' })).agreements.find((a) => a.atopId === 3375)?.members // ['USA', 'JPN']
 */
export async function loadAtopAgreements(
  connection: DuckDBConnection,
  options: { date?: string } = {},
): Promise<AtopAgreements> {
  const { date } = options;
  const inForce = `make_date(yrent, moent, dayent) <= CAST($1 AS DATE)
    AND (yrexit <= 0 OR make_date(yrexit, greatest(moexit, 1), greatest(dayexit, 1)) >= CAST($1 AS DATE))`;
  const members = await rowsOf(
    connection,
    date
      ? `SELECT * FROM atop_members WHERE atopid IN (SELECT atopid FROM atop_members WHERE ${inForce}) ORDER BY atopid, member, phase, yrent`
      : 'SELECT * FROM atop_members ORDER BY atopid, member, phase, yrent',
    date ? [date] : [],
  );
  const alliances = await rowsOf(connection, 'SELECT * FROM atop_alliances ORDER BY atopid');
  const byId = new Map<number, Row[]>();
  for (const m of members) byId.set(Number(m.atopid), [...(byId.get(Number(m.atopid)) ?? []), m]);
  const flags: AtopClauseFlags[] = [];
  const warnings = new Set<string>();
  const agreements = alliances
    .filter((a) => byId.has(Number(a.atopid)))
    .map((a) => agreementOf(a, byId.get(Number(a.atopid)) ?? [], flags, (m) => warnings.add(m)))
    .filter((a): a is Agreement => a !== undefined);
  return { agreements, flags, warnings: [...warnings] };
}
