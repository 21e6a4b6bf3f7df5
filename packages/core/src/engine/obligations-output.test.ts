import { describe, expect, it } from 'vitest';
import { event, realLibrary, worldOf } from '../../test/real-library.ts';
import type { Event, EventInput } from '../model/event.ts';
import { defaultAssumptions } from '../model/scenario.ts';
import { createRng, type Rng } from '../sim/rng.ts';
import { createAnswerCache } from './answer-cache.ts';
import { findObligations } from './find-obligations.ts';
import { representativePoint } from './geometry.ts';
import { noCommitments } from './no-commitment.ts';
import { findingsOf, obligationsOutput } from './obligations-output.ts';
import { ObligationsOutputSchema } from './output-schema.ts';

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng.next() * list.length)]!;

/** Events at places of the library: on the land, on a state's ship there, at coordinates near it. */
function eventsOf(rng: Rng, count: number): Event[] {
  const places = [...realLibrary().places.values()];
  const actors = ['CHN', 'RUS', 'PRK', 'USA', 'JPN', 'PHL', 'FIN', 'TUR', 'GBR'];
  return Array.from({ length: count }, () => {
    const p = pick(rng, places);
    const [lon, lat] = representativePoint(p.geometry);
    const state = p.administeredBy ?? pick(rng, actors);
    const targets: EventInput['target'][] = [
      { place: p.id },
      { state, asset: 'public-vessel', place: p.id },
      { state, asset: 'aircraft', at: [lon + 0.1, lat] },
    ];
    return event({
      actor: pick(rng, actors),
      kind: pick(rng, ['armed-attack', 'blockade', 'missile-launch', 'gray-zone']),
      target: pick(rng, targets),
    });
  });
}

const header = (architecture: string, date: string) => ({
  architecture,
  date,
  assumptions: defaultAssumptions(),
  libraryVersion: 'test',
});

describe('obligationsOutput', () => {
  const rng = createRng(4);
  const cache = createAnswerCache({ size: 64 });
  // Several events per answer, asked twice through one cache: later events' findings are copies
  // of cached ones with their own index, sharing the cached traces.
  const answers = ['status-quo', 'asian-nato-inclusive', 'us-japan-revised'].flatMap((arch) =>
    ['1960-06-01', '1999-03-12', '2024-11-01'].flatMap((date) => {
      const world = worldOf(arch, date);
      const events = eventsOf(rng, 12);
      return [0, 1].map(() => {
        const findings = events.flatMap((e, i) => findObligations(world, e, i, cache));
        const none = events.flatMap((e, i) => noCommitments(world, e, i));
        return { arch, date, events, findings, none };
      });
    }),
  );

  it('gives the documented shape, and loses nothing of the findings (findingsOf puts them back)', () => {
    for (const { arch, date, events, findings, none } of answers) {
      const json = JSON.stringify(obligationsOutput(header(arch, date), events, findings, none));
      const output = JSON.parse(json);
      expect(ObligationsOutputSchema.safeParse(output).error).toBeUndefined();
      expect(Object.keys(output.citations).sort()).toEqual(
        [...new Set(findings.map((f) => f.clause))].sort(),
      );
      // Put back together from the JSON, the listed findings are the engine's, key for key.
      const rejoined = findingsOf(output).map((f) => JSON.stringify(f));
      expect(rejoined, `${arch} ${date}`).toEqual(findings.map((f) => JSON.stringify(f)));
    }
  });

  it('cites an article once however many obligors its clause binds', () => {
    const world = worldOf('status-quo', '2024-11-01');
    const attack = event({ actor: 'RUS', kind: 'armed-attack', target: { place: 'POL.main' } });
    const findings = findObligations(world, attack);
    const output = obligationsOutput(header('status-quo', '2024-11-01'), [attack], findings, []);
    const article5 = findings.filter((f) => f.clause === 'nato-1949-art5');
    expect(article5.length).toBeGreaterThan(20);
    const json = JSON.stringify(output);
    expect(json.split(JSON.stringify(article5[0]!.citation.text)).length - 1).toBe(1);
    expect(output.citations['nato-1949-art5']).toBe(article5[0]!.citation);
  });

  it('lists a trace once however many findings share it', () => {
    const world = worldOf('status-quo', '2024-11-01');
    const attack = event({ actor: 'RUS', kind: 'armed-attack', target: { place: 'POL.main' } });
    const findings = findObligations(world, attack);
    const output = obligationsOutput(header('status-quo', '2024-11-01'), [attack], findings, []);
    // The engine shares one trace among a group's obligors: NATO's 64 findings hold six.
    const shared = new Set(findings.map((f) => f.trace));
    expect(shared.size).toBeLessThan(findings.length / 4);
    expect(output.traces).toHaveLength(shared.size);
    expect(new Set(output.traces).size).toBe(shared.size);
  });
});
