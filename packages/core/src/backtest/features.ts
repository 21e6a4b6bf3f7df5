/** The design of the reliability fit: for every tested backtest case, the features a historical case has (obligation, era, bilateral, major power, distance, capability and its change since signature, depth). */
import type { LogisticData } from '../analytics/logistic-fit.ts';
import { greatCircleMiles, milesToKm } from '../geo/distance.ts';
import { yearOf } from '../model/dates.ts';
import type { IsoDate } from '../model/ids.ts';
import type { AllianceMembership } from './alliance-membership.ts';
import type { CapitalSpell } from './home-places.ts';
import type { BacktestCase } from './output.ts';
import type { WarEntry } from './war-record.ts';

/** One COW major-power spell (cow_majors). */
export interface MajorSpell {
  ccode: number;
  from: IsoDate;
  to: IsoDate;
}

/** ATOP alliance-level institutional variables (Leeds & Anac's depth). */
export interface AllianceDepth {
  /** `intcom` = 1: integrated military command in peace and war. */
  integratedCommand: boolean;
  /** `milaid` > 0: military aid promised. */
  militaryAid: boolean;
  /** `base` > 0: bases or troops stationed on another member's territory. */
  bases: boolean;
  /** `organ1` > 0: a formal organisation of the alliance. */
  organisation: boolean;
}

/** What the features are read from, besides the case itself. */
export interface FeatureSources {
  wars: readonly WarEntry[];
  memberships: readonly AllianceMembership[];
  capitals: readonly CapitalSpell[];
  /** COW CINC keyed `ccode:year` (cincIndex). */
  cinc: ReadonlyMap<string, number>;
  majors: readonly MajorSpell[];
  depth: ReadonlyMap<number, AllianceDepth>;
  /** V-Dem electoral democracy (v2x_polyarchy, 0–1) keyed `ccode:year`; empty when the store lacks it. */
  democracy: ReadonlyMap<string, number>;
}

/** The coefficients after the intercept, in the design's column order, each with what it multiplies. */
export const FEATURE_TERMS = {
  offense: 'the pledge is offence (against defence, the reference)',
  neutrality: 'the pledge is neutrality (against defence)',
  nonaggression: 'the pledge is non-aggression (against defence)',
  postwar: 'the beneficiary entered the war in 1945 or later',
  multilateral: 'the alliance had more than two members (ATOP bilat = 0)',
  majorPower: 'the obligor was a COW major power on the day',
  democracy:
    'the obligor’s V-Dem electoral democracy index (v2x_polyarchy, 0–1) in the year of entry',
  distance:
    'per 1,000 km from the obligor’s capital to the beneficiary’s (COW capitals on the day)',
  capability:
    'log of the obligor’s CINC over the summed CINC of the beneficiary’s opponents in the war (COW NMC, the year of entry)',
  capabilityChange:
    'capability in the year of entry minus capability against the same opponents in the year the pledge was signed: the later of the obligor’s and the beneficiary’s ATOP entries into the alliance (COW NMC; 1816 for a pledge signed before)',
  depth:
    'ATOP institutional depth: how many of integrated command, military aid, bases and an organisation the alliance has (0–4)',
} as const;
export type FeatureName = keyof typeof FEATURE_TERMS;
export const FEATURE_NAMES = Object.keys(FEATURE_TERMS) as FeatureName[];

/** Why a tested case has no design row: the store holds capitals (CINC scores, democracy scores) but not the case's, or not the CINC scores of the year its pledge was signed. */
export type Omission = 'capital' | 'capability' | 'democracy' | 'capabilityChange';

const capitalOn = (capitals: readonly CapitalSpell[], ccode: number, date: IsoDate) =>
  capitals.find((c) => c.ccode === ccode && c.from <= date && date <= c.to);

/** Kilometres between the two capitals / 1,000; 0 when the store has no capitals (the column is then dropped). */
function distanceOf(c: BacktestCase, s: FeatureSources): number | Omission {
  if (s.capitals.length === 0) return 0;
  const from = capitalOn(s.capitals, c.obligor, c.date as IsoDate);
  const to = capitalOn(s.capitals, c.beneficiary, c.date as IsoDate);
  if (!from || !to) return 'capital';
  return milesToKm(greatCircleMiles([from.lng, from.lat], [to.lng, to.lat])) / 1000;
}

/** The beneficiary's opponents in the case's war (ccodes). */
function opponentsOf(c: BacktestCase, s: FeatureSources): number[] {
  const rows = s.wars.filter((w) => w.war === c.war);
  const side = rows.find((w) => w.ccode === c.beneficiary)?.side;
  return [...new Set(rows.filter((w) => w.side !== side).map((w) => w.ccode))];
}

/** log(obligor's CINC / the opponents' summed CINC) in one year; undefined when a score is missing. */
function logRatioIn(
  c: BacktestCase,
  opponents: readonly number[],
  year: number,
  s: FeatureSources,
): number | undefined {
  const own = s.cinc.get(`${c.obligor}:${year}`) ?? 0;
  const enemy = opponents.reduce((sum, o) => sum + (s.cinc.get(`${o}:${year}`) ?? Number.NaN), 0);
  return own > 0 && enemy > 0 ? Math.log(own / enemy) : undefined;
}

/** COW NMC's first year: a pledge signed earlier (the German Confederation's, in 1815) is scored on it. */
const NMC_FROM = 1816;

/**
 * The year the pledge between the case's two states was signed: the later of their first ATOP
 * entries into the alliance, so a state that acceded later is measured from its accession, not
 * from a founding before it existed; undefined when either has no membership.
 */
function signedIn(c: BacktestCase, s: FeatureSources): number | undefined {
  const first = (ccode: number) =>
    Math.min(
      ...s.memberships
        .filter((m) => m.atopid === c.atopid && m.ccode === ccode)
        .map((m) => yearOf(m.entered)),
    );
  const year = Math.max(first(c.obligor), first(c.beneficiary), NMC_FROM);
  return Number.isFinite(year) ? year : undefined;
}

/**
 * The capability ratio of the entry year and, unless left out, its change since the pledge was
 * signed; 0 each when the store has no CINC scores. Leeds (2003, "Alliance Reliability in Times
 * of War: Explaining State Decisions to Violate Treaties", International Organization 57(4))
 * finds states whose power changed since the alliance formed likelier to violate it: the
 * conditions the pledge was priced on no longer hold. Her argument; the measure is Casus's own:
 * the same opponents are scored in the signature year, so the change is the obligor's shift
 * against this war's enemies, not against whoever the alliance was aimed at.
 */
function capabilityOf(
  c: BacktestCase,
  s: FeatureSources,
  without: readonly FeatureName[],
): { capability: number; capabilityChange: number } | Omission {
  if (s.cinc.size === 0) return { capability: 0, capabilityChange: 0 };
  const opponents = opponentsOf(c, s);
  const now = logRatioIn(c, opponents, yearOf(c.date as IsoDate), s);
  if (now === undefined) return 'capability';
  const capability = without.includes('capability') ? 0 : now;
  if (without.includes('capabilityChange')) return { capability, capabilityChange: 0 };
  const signed = signedIn(c, s);
  const then = signed === undefined ? undefined : logRatioIn(c, opponents, signed, s);
  return then === undefined ? 'capabilityChange' : { capability, capabilityChange: now - then };
}

/**
 * The feature row of one tested case, in FEATURE_NAMES order, or why it has none; a feature in
 * `without` is 0 and never the reason a case is left out.
 * @example caseFeatures(franceOwedByBritain1914, sources) // [0, 0, 0, 0, 1, 1, 0.34, 0.34, 0.52, -0.41, 0]
 */
export function caseFeatures(
  c: BacktestCase,
  s: FeatureSources,
  without: readonly FeatureName[] = [],
): number[] | Omission {
  const date = c.date as IsoDate;
  const distance = without.includes('distance') ? 0 : distanceOf(c, s);
  if (typeof distance === 'string') return distance;
  const power =
    without.includes('capability') && without.includes('capabilityChange')
      ? { capability: 0, capabilityChange: 0 }
      : capabilityOf(c, s, without);
  if (typeof power === 'string') return power;
  const democracy =
    s.democracy.size === 0 || without.includes('democracy')
      ? 0
      : s.democracy.get(`${c.obligor}:${yearOf(date)}`);
  if (democracy === undefined) return 'democracy';
  const depth = s.depth.get(c.atopid);
  const bilateral = s.memberships.some(
    (m) => m.atopid === c.atopid && m.ccode === c.beneficiary && m.bilateral,
  );
  const values: Record<FeatureName, number> = {
    offense: c.obligation === 'offense' ? 1 : 0,
    neutrality: c.obligation === 'neutrality' ? 1 : 0,
    nonaggression: c.obligation === 'nonaggression' ? 1 : 0,
    postwar: yearOf(date) >= 1945 ? 1 : 0,
    multilateral: bilateral ? 0 : 1,
    majorPower: s.majors.some((m) => m.ccode === c.obligor && m.from <= date && date <= m.to)
      ? 1
      : 0,
    democracy,
    distance,
    ...power,
    depth: depth
      ? [depth.integratedCommand, depth.militaryAid, depth.bases, depth.organisation].filter(
          Boolean,
        ).length
      : 0,
  };
  return FEATURE_NAMES.map((n) => values[n]);
}

/** The fit's data: the design, and for each row its case's index, war and year. */
export interface HistoryDesign {
  data: LogisticData;
  /** Index into the cases given, per design row. */
  rows: number[];
  wars: number[];
  years: number[];
  /** Tested cases left out, by why. */
  omitted: Record<Omission, number>;
  /** Features left out because every row has the same value (no case informs them, e.g. no capitals in the store). */
  dropped: FeatureName[];
  /** Features left out because they were asked to be (`casus fit --without`). */
  without: FeatureName[];
}

/**
 * The design of the fit: one row per tested case (invoked, honoured not null) that has every
 * feature, y 1 when it was honoured; a feature the same in every row, or named in `without`
 * (one the simulation cannot compute, say), is left out.
 * @example historyDesign(result.cases, sources, ['democracy']).data.names.includes('democracy') // false
 */
export function historyDesign(
  cases: readonly BacktestCase[],
  s: FeatureSources,
  without: readonly FeatureName[] = [],
): HistoryDesign {
  const x: number[][] = [];
  const y: number[] = [];
  const rows: number[] = [];
  const omitted: Record<Omission, number> = {
    capital: 0,
    capability: 0,
    democracy: 0,
    capabilityChange: 0,
  };
  cases.forEach((c, i) => {
    if (!c.invoked || c.honoured === null) return;
    const f = caseFeatures(c, s, without);
    if (typeof f === 'string') {
      omitted[f]++;
      return;
    }
    x.push(f);
    y.push(c.honoured ? 1 : 0);
    rows.push(i);
  });
  const varies = FEATURE_NAMES.map(
    (n, j) => !without.includes(n) && new Set(x.map((r) => r[j])).size > 1,
  );
  return {
    data: {
      names: FEATURE_NAMES.filter((_, j) => varies[j]),
      x: x.map((r) => r.filter((_, j) => varies[j])),
      y,
    },
    rows,
    wars: rows.map((i) => cases[i]!.war),
    years: rows.map((i) => yearOf(cases[i]!.date as IsoDate)),
    omitted,
    dropped: FEATURE_NAMES.filter((n, j) => !varies[j] && !without.includes(n)),
    without: FEATURE_NAMES.filter((n) => without.includes(n)),
  };
}
