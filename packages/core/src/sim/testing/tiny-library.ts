/** A hand-made library for tests: four states, one place each, and defence pacts given as pairs. */
import { Agreement } from '../../model/agreement.ts';
import { Architecture } from '../../model/architecture.ts';
import { emptyLibrary, type Library } from '../../model/library.ts';
import { Place } from '../../model/place.ts';
import { Scenario } from '../../model/scenario.ts';

const capitals: Record<string, [number, number]> = {
  AAA: [10, 10],
  BBB: [12, 10],
  CCC: [30, 20],
  DDD: [0, 5],
};

/** `pacts`: [obligor, beneficiary] pairs, each a one-clause defence treaty. */
export function tinyLibrary(pacts: [string, string][]): Library {
  const lib = emptyLibrary();
  for (const [s, at] of Object.entries(capitals)) {
    const place = Place.parse({
      id: `${s}.main`,
      name: s,
      kind: 'territory',
      administeredBy: s,
      geometry: { type: 'Point', coordinates: at },
    });
    lib.places.set(place.id, place);
  }
  for (const [obligor, beneficiary] of pacts) {
    const id = `${obligor}-${beneficiary}`.toLowerCase();
    const a = Agreement.parse({
      id,
      name: id,
      shortName: id,
      kind: 'treaty',
      members: [obligor, beneficiary],
      inForce: '2000-01-01',
      summary: 'test pact',
      sources: ['test'],
      articles: [
        {
          article: 'Article 1',
          textStatus: 'not-quoted',
          source: 'test',
          clauses: [
            {
              id: `${id}-1`,
              type: 'defense',
              obligors: [obligor],
              beneficiaries: [beneficiary],
              trigger: { events: ['armed-attack'] },
              response: 'constitutional',
              summary: 'test clause',
            },
          ],
        },
      ],
    });
    lib.agreements.set(a.id, a);
  }
  const arch = Architecture.parse({ id: 'test', name: 'test', description: 'all pacts' });
  lib.architectures.set(arch.id, arch);
  return lib;
}

/** AAA attacks BBB's territory; `counterstrikeInvokes` as the scenario assumes (default no). */
export const tinyScenario = (counterstrikeInvokes: 'yes' | 'no' = 'no'): Scenario =>
  Scenario.parse({
    id: 'tiny',
    name: 'tiny',
    description: 'AAA attacks BBB',
    architecture: 'test',
    date: '2024-01-01',
    events: [{ actor: 'AAA', kind: 'armed-attack', target: { place: 'BBB.main' } }],
    assumptions: { counterstrikeInvokes },
  });

/** Capabilities and capitals for the four states. */
export const tinyInputs = {
  capability: (s: string) => ({ AAA: 0.2, BBB: 0.1, CCC: 0.3, DDD: 0.05 })[s],
  capital: (s: string) => capitals[s],
};
