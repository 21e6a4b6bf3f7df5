/**
 * Whether a war invoked a pledge: the engine asked the question each obligation type poses (an
 * attack on the partner, the partner's own attack, the obligor's attack on it), with the war's
 * adversaries, place and COW war number, after the facts COW decides and the engine cannot (who
 * began the war, who joined it late). An attack on a participant whose side began the war is a
 * counter-strike: the engine's initiator rule decides whether a defence pledge answers it.
 */
import { NameOf, nameOf } from '../engine/describe.ts';
import { findObligations } from '../engine/find-obligations.ts';
import type { Finding } from '../engine/finding.ts';
import type { World } from '../engine/world.ts';
import type { Event, Target } from '../model/event.ts';
import type { IsoDate, StateId } from '../model/ids.ts';
import { homeRegion, REGION_NAME, REGION_POINT, regionsFought } from '../model/regions.ts';
import type { Opportunity } from './alliance-membership.ts';
import type { Homes } from './home-places.ts';
import { entryOf, joinedLate, overlapping, type WarEntry, wasAttacked } from './war-record.ts';

/** COW's name for a war, as ATOP-coded clauses limited to an ongoing conflict name it. */
export const cowConflict = (war: number): string => `COW war ${war}`;

export interface Invocation {
  invoked: boolean;
  /** The first deciding condition, in words. */
  reason: string;
  /** The engine's finding, when it found the pledge. */
  finding?: Finding | undefined;
  /** Where the event landed, for the reliability model's distance term. */
  point?: readonly [number, number] | undefined;
}

/** One war participant's questions to the engine, each asked once however many pledges it tests. */
export class EntryQuestions {
  private readonly asked = new Map<
    string,
    { findings: Finding[]; point?: readonly [number, number] }
  >();
  readonly attacked: boolean;
  readonly late: boolean;
  /** The states on the other side while it fought, initiators first. */
  readonly adversaries: StateId[];

  constructor(
    readonly world: World,
    readonly entry: WarEntry,
    readonly rows: readonly WarEntry[],
    readonly homes: Homes,
  ) {
    this.attacked = wasAttacked(entry, rows);
    this.late = joinedLate(entry, rows);
    const foes = rows
      .filter((r) => r.side !== entry.side && r.state !== entry.state && overlapping(r, entry))
      .sort((a, b) => Number(b.initiator) - Number(a.initiator));
    this.adversaries = [...new Set(foes.map((r) => r.state))];
  }

  /** Where an attack on the participant lands: its home if it fought in its home region, else its forces where it fought. */
  private victimTarget(): { target: Target; point?: readonly [number, number] | undefined } {
    const { entry, homes } = this;
    const regions = regionsFought(entry.whereFought);
    const home = homes.home.get(entry.state);
    if (home && (regions.length === 0 || regions.includes(homeRegion(entry.ccode))))
      return { target: { place: home }, point: homes.point.get(entry.state) };
    const at = REGION_POINT[regions[0] ?? homeRegion(entry.ccode)];
    const where = regions.map((r) => REGION_NAME[r]).join(', ') || 'its region';
    const detail = `forces fighting in ${where} (COW WhereFought), outside ${nameOf(entry.state)}'s home region`;
    return {
      target: { state: entry.state, asset: 'armed-forces', at: [at[0], at[1]], detail },
      point: at,
    };
  }

  private ask(key: string, event: () => Event | undefined, point?: readonly [number, number]) {
    let got = this.asked.get(key);
    if (!got) {
      const e = event();
      got = { findings: e ? findObligations(this.world, e) : [], point };
      this.asked.set(key, got);
    }
    return got;
  }

  private base(actor: StateId, target: Target): Event {
    return {
      actor,
      kind: 'armed-attack',
      target,
      severity: 'high',
      date: entryOf(this.entry),
      conflict: cowConflict(this.entry.war),
      ...(this.attacked ? {} : { provokedBy: this.entry.state, counterstrike: true }),
    };
  }

  /** The findings of each question a pledge of this obligation type is asked, in order. */
  questions(
    o: Opportunity,
  ): { findings: Finding[]; point?: readonly [number, number] | undefined }[] {
    const { entry, homes } = this;
    if (o.obligation === 'nonaggression') {
      const home = homes.home.get(entry.state);
      return [
        this.ask(
          `na:${o.obligor}`,
          () => home && this.base(o.obligor, { place: home }),
          homes.point.get(entry.state),
        ),
      ];
    }
    if (o.obligation === 'offense')
      return this.adversaries.map((x) => {
        const home = homes.home.get(x);
        return this.ask(
          `off:${x}`,
          () => home && this.base(entry.state, { place: home }),
          homes.point.get(x),
        );
      });
    const { target, point } = this.victimTarget();
    return this.adversaries.map((x) => this.ask(`att:${x}`, () => this.base(x, target), point));
  }
}

/** The finding for this pledge among an answer's: same obligor, beneficiary, type and ATOP alliance (curated twin included). */
function pick(findings: readonly Finding[], o: Opportunity, world: World, beneficiary: StateId) {
  const mine = findings.filter(
    (f) =>
      f.obligor === o.obligor &&
      f.beneficiary === beneficiary &&
      f.clauseType === o.obligation &&
      world.library.agreements.get(f.agreement)?.atopId === o.atopid,
  );
  return mine.find((f) => f.fired) ?? mine.find((f) => f.failed?.test !== 'in-force') ?? mine[0];
}

/** Why COW's record of the war keeps a pledge from being called on at all, if it does. */
function ruledOut(o: Opportunity, q: EntryQuestions): string | undefined {
  const b = nameOf(q.entry.state);
  if (o.obligation === 'neutrality' && o.neutralOnlyIfAttacked && !q.attacked)
    return `${NameOf(q.entry.state)}'s side began the war (COW initiator); ATOP codes ${nameOf(o.obligor)}'s neutrality as owed only if ${b} is attacked (neucoatt)`;
  if (o.obligation === 'offense' && q.attacked && !q.late)
    return `${NameOf(q.entry.state)} was attacked on the war's first day; an offence pledge answers a war ${b} begins or joins`;
  if (o.obligation === 'nonaggression' && !q.rows.some((r) => r.state === o.obligor))
    return `${NameOf(o.obligor)} did not go to war in it: a non-aggression pledge is put to the test only when its obligor fights in the partner's war`;
  if (o.obligation !== 'nonaggression' && q.adversaries.length === 0)
    return `COW records no state fighting against ${b} while it fought`;
  return undefined;
}

function noFinding(o: Opportunity, q: EntryQuestions, date: IsoDate): string {
  const twin = [...q.world.library.agreements.values()].find(
    (a) => a.atopId === o.atopid && a.id !== `atop-${o.atopid}`,
  );
  const pledge = `${o.obligation} pledge of ${nameOf(o.obligor)} toward ${nameOf(q.entry.state)}`;
  return twin
    ? `${twin.shortName} (curated, replacing ATOP's coding) holds no ${pledge} on ${date}`
    : `the engine finds no ${pledge} under ATOP ${o.atopid} on ${date}`;
}

/** The finding's summary (for non-aggression, whose question was the obligor's own attack, the pledge itself), and any assumption it rests on. */
function firedReason(o: Opportunity, q: EntryQuestions, f: Finding): string {
  const said =
    o.obligation === 'nonaggression'
      ? `${NameOf(o.obligor)} is bound not to attack ${nameOf(q.entry.state)} (${f.citation.agreementName}, ${f.citation.article})`
      : f.summary;
  // A pledge that fired on an assumption says so: the assumption decided it.
  const assumed = f.trace.find((c) => c.test === 'unstated-condition');
  return assumed ? `${said}; ${assumed.reason}` : said;
}

/**
 * Decides one pledge: ruled out by COW's record, or else invoked when the engine fires it for
 * some adversary; the reason is the fired finding's summary, or the first condition that failed
 * against the first adversary (initiators first).
 * @example invocationOf(franceToRussia1914, questions).invoked // true
 */
export function invocationOf(o: Opportunity, q: EntryQuestions): Invocation {
  const out = ruledOut(o, q);
  if (out) return { invoked: false, reason: out };
  let first: { finding: Finding; point?: readonly [number, number] | undefined } | undefined;
  for (const { findings, point } of q.questions(o)) {
    const finding = pick(findings, o, q.world, q.entry.state);
    if (finding?.fired)
      return { invoked: true, reason: firedReason(o, q, finding), finding, point };
    if (finding && !first) first = { finding, point };
  }
  if (!first) return { invoked: false, reason: noFinding(o, q, entryOf(q.entry)) };
  return {
    invoked: false,
    reason: first.finding.failed?.reason ?? first.finding.summary,
    ...first,
  };
}
