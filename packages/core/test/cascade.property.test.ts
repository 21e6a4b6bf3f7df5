/** Properties of the cascade over random scenarios, and of scenario parsing over random malformed files. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  defaultAssumptions,
  type Event,
  parseScenario,
  prepareWorld,
  runCascade,
} from '../src/index.ts';
import { libraryArbitraries } from './arbitraries.ts';
import { realLibrary } from './real-library.ts';

const lib = realLibrary();
const { architectures, day, event } = libraryArbitraries(lib);

const scenario = fc.record({
  architecture: fc.constantFrom(...architectures),
  date: day,
  events: fc.array(event, { minLength: 1, maxLength: 3 }),
  mode: fc.constantFrom('strict' as const, 'honoured' as const),
  situation: fc.boolean(),
});

interface Drawn {
  architecture: string;
  date: string;
  events: Event[];
  mode: 'strict' | 'honoured';
  situation: boolean;
}

function cascade(s: Drawn) {
  const situations = (s.situation ? { JPN: 'survival-threatening-situation' } : {}) as never;
  const world = prepareWorld(lib, {
    architecture: s.architecture,
    date: s.date as never,
    assumptions: { ...defaultAssumptions(), situations },
  });
  return runCascade(world, s.events, { mode: s.mode });
}

describe('the cascade, for random valid scenarios', () => {
  it('terminates, is deterministic, and puts no state on two sides', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a = cascade(s);
        const states = a.entries.map((e) => e.state);
        expect(new Set(states).size).toBe(states.length);
        expect(a.rounds).toBeLessThanOrEqual(states.length);
        expect(cascade(s)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});

const valid = {
  id: 'random',
  name: 'Random',
  description: 'A scenario to break.',
  architecture: 'status-quo',
  date: '2024-11-01',
  events: [{ actor: 'CHN', kind: 'armed-attack', target: { place: 'JPN.senkaku' } }],
  assumptions: { situations: { JPN: 'survival-threatening-situation' } },
};

const paths: (string | number)[][] = [
  ['id'],
  ['name'],
  ['description'],
  ['architecture'],
  ['date'],
  ['events'],
  ['events', 0],
  ['events', 0, 'actor'],
  ['events', 0, 'kind'],
  ['events', 0, 'target'],
  ['events', 0, 'target', 'place'],
  ['assumptions'],
  ['assumptions', 'situations'],
  ['assumptions', 'situations', 'JPN'],
];
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.string(),
  fc.constantFrom(
    '2024-02-30',
    '24-11-01',
    'XXX',
    'JPN.senkakus',
    'asian-nat',
    'nuke',
    { place: 'sea.nowhere' },
    [],
  ),
);

function mutate(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const malformed = fc.oneof(
  fc.tuple(fc.constantFrom(...paths), junk).map(([p, v]) => stringify(mutate(p, v))),
  fc.string(),
  fc.constantFrom(
    '*!',
    'id: [unclosed',
    'a: b: c',
    '\t- nope',
    '---\n- 1\n- 2\n',
    'events: &a [*a]',
    '{}',
  ),
);

describe('parseScenario, for random malformed files', () => {
  it('gives a structured answer and never throws', () => {
    fc.assert(
      fc.property(malformed, (text) => {
        const r = parseScenario(text, 'random.yaml', lib);
        if (r.ok) return;
        expect(r.issues.length).toBeGreaterThan(0);
        for (const issue of r.issues) {
          expect(typeof issue.code).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
          expect(typeof issue.pointer).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});
