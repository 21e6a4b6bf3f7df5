import { describe, expect, it } from 'vitest';
import { event, realLibrary } from '../../test/real-library.ts';
import type { EventInput } from '../model/event.ts';
import { asDate, type IsoDate } from '../model/ids.ts';
import { createRng, type Rng } from '../sim/rng.ts';
import { planArchitecture } from './architecture-plan.ts';
import { findObligations } from './find-obligations.ts';
import { representativePoint } from './geometry.ts';
import { noCommitments } from './no-commitment.ts';
import { prepareWorld } from './world.ts';

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng.next() * list.length)]!;

const dayOf = (date: string, days: number): IsoDate =>
  asDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10));

/**
 * Every date the library compares one with, and the days either side. Listed here, not taken
 * from the plan's own list, so that a date the plan forgets is still probed.
 */
function datesNamed(): IsoDate[] {
  const lib = realLibrary();
  const named = new Set<string | undefined>();
  for (const a of lib.agreements.values()) {
    named.add(a.inForce).add(a.ended);
    for (const art of a.articles) for (const c of art.clauses) named.add(c.inForce).add(c.ended);
    for (const m of a.memberships) named.add(m.joined).add(m.left);
    for (const e of a.exceptions) named.add(e.from).add(e.to);
  }
  for (const p of lib.places.values())
    for (const held of p.administration) named.add(held.from).add(held.to);
  named.delete(undefined);
  return [...(named as Set<string>)].flatMap((d) => [-1, 0, 1].map((n) => dayOf(d, n)));
}

/** Events at every place: on the land, on a state's ship there, and at coordinates near it. */
function eventsOf(rng: Rng): EventInput[] {
  const lib = realLibrary();
  const actors = ['CHN', 'RUS', 'PRK', 'USA', 'JPN', 'PHL', 'FIN', 'NZL', 'TUR'];
  return [...lib.places.values()].flatMap((p) => {
    const actor = pick(rng, actors);
    const [lon, lat] = representativePoint(p.geometry);
    return [
      { actor, kind: 'armed-attack', target: { place: p.id } },
      {
        actor: pick(rng, actors),
        kind: pick(rng, ['armed-attack', 'blockade', 'missile-launch']),
        target: { state: pick(rng, actors), asset: 'public-vessel', place: p.id },
      },
      {
        actor: pick(rng, actors),
        kind: 'armed-attack',
        target: { state: p.administeredBy ?? 'USA', asset: 'aircraft', at: [lon + 0.1, lat] },
      },
    ] as EventInput[];
  });
}

describe('a world from a shared plan', () => {
  it('answers every event exactly as a world prepared from scratch, on any date', () => {
    const lib = realLibrary();
    const rng = createRng(9);
    const named = datesNamed();
    const all = eventsOf(rng);
    const events = Array.from({ length: 80 }, () => event(pick(rng, all)));
    for (const architecture of lib.architectures.keys()) {
      const plan = planArchitecture(lib, architecture);
      const uniform = Array.from({ length: 4 }, () =>
        dayOf('1950-01-01', Math.floor(rng.next() * 77 * 365.25)),
      );
      const around = Array.from({ length: 8 }, () => pick(rng, named));
      const fixed = ['2023-04-03', '2023-04-04', '2012-06-15', '2012-06-16', '1986-09-17'];
      for (const date of [...uniform, ...around, ...fixed.map(asDate)]) {
        const planned = prepareWorld(lib, { architecture, date }, plan);
        const scratch = prepareWorld(lib, { architecture, date });
        const answers = (w: typeof planned) =>
          JSON.stringify(events.map((e, i) => [findObligations(w, e, i), noCommitments(w, e, i)]));
        expect(answers(planned), `${architecture} on ${date}`).toBe(answers(scratch));
        expect(planned.inForce).toEqual(scratch.inForce);
      }
    }
  });

  it('builds every stretch at once, so that no date builds one after', () => {
    const lib = realLibrary();
    for (const architecture of lib.architectures.keys()) {
      const plan = planArchitecture(lib, architecture);
      plan.buildEveryStretch();
      const built = plan.stretchesBuilt;
      expect(built).toBeGreaterThan(10);
      for (let day = 0; day < 300 * 365.25; day++) plan.stretchOn(dayOf('1800-01-01', day));
      expect(plan.stretchesBuilt, architecture).toBe(built);
    }
  });

  it('refuses a plan of another architecture', () => {
    const lib = realLibrary();
    const plan = planArchitecture(lib, 'status-quo');
    expect(() =>
      prepareWorld(lib, { architecture: 'us-japan-revised', date: asDate('2024-01-01') }, plan),
    ).toThrow(/not of architecture/);
  });
});
