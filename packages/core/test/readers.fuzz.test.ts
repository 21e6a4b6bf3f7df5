/**
 * Seeded fuzzing of the readers past YAML syntax: one-line event specs, dates, and scenarios built
 * from valid ones mutated field by field. None throws; each failure is issues that say where.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EventKind,
  IsoDate,
  type Issue,
  isCalendarDate,
  parseEventSpec,
  parseScenario,
  type Result,
} from '../src/index.ts';
import { hostileString, type Json, mutated, weird } from './fuzz-arbitraries.ts';
import { yamlFiles } from './library-files.ts';
import { realLibrary } from './real-library.ts';

const lib = realLibrary();

/** A failure carries at least one error, and every issue names its code, pointer and message. */
function expectLocated<T>(result: Result<T>, file?: string): void {
  if (!result.ok) expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
  for (const issue of result.issues as Issue[]) {
    expect(issue.code).toEqual(expect.any(String));
    expect(issue.pointer === '' || issue.pointer.startsWith('/')).toBe(true);
    expect(issue.message).toEqual(expect.any(String));
    if (file) {
      expect(issue.file).toBe(file);
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.column).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('parseEventSpec on fuzzed input', () => {
  const places = [...lib.places.keys()].slice(0, 20);
  const states = ['CHN', 'JPN', 'USA', 'PHL', 'PRK'];
  const actor = fc.constantFrom(...states, 'XXX', 'chn');
  const kind = fc.constantFrom(...EventKind.options, 'invasion');
  const target = fc.oneof(
    fc.constantFrom(...places, 'JPN.nowhere'),
    fc
      .tuple(
        fc.constantFrom(...states, 'XXX', ''),
        fc.constantFrom('armed-forces', 'public-vessel', 'boat', ''),
        fc.oneof(
          fc.constantFrom(...places, 'JPN.nowhere'),
          fc
            .tuple(
              fc.constantFrom('0', '-181', '127.7', '1e999', '9'.repeat(400), '-0', '90.0000001'),
              fc.constantFrom('0', '91', '26.3', '-90', '9'.repeat(400)),
            )
            .map(([lon, lat]) => `${lon},${lat}`),
        ),
      )
      .map(([s, a, w]) => `${s}:${a}@${w}`),
  );
  // Mostly three words, each from its own position or hostile; sometimes any number of words.
  const slot = (a: fc.Arbitrary<string>) => fc.oneof({ weight: 4, arbitrary: a }, hostileString);
  const words = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(slot(actor), slot(kind), slot(target)) },
    fc.array(fc.oneof(actor, kind, target, hostileString), { maxLength: 5 }),
  );
  const spec = fc
    .tuple(words, fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0'))
    .map(([w, gap]) => w.join(gap));

  it('never throws, and gives either an event or located issues', () => {
    fc.assert(
      fc.property(spec, (text) => expectLocated(parseEventSpec(text, lib, '--event 1'))),
      { seed: 11, numRuns: 3000 },
    );
  });
});

describe('dates on fuzzed input', () => {
  // An independent calendar: JS Date once its two-digit-year quirk is undone by setUTCFullYear.
  const realDay = (y: number, m: number, d: number): boolean => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return (
      y >= 1 &&
      date.getUTCFullYear() === y &&
      date.getUTCMonth() === m - 1 &&
      date.getUTCDate() === d
    );
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  // Century years and month ends drawn often, where calendars go wrong.
  const year = fc.oneof(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 99 }).map((c) => c * 100),
    fc.integer({ min: 0, max: 120 }),
  );
  const day = fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 28, max: 32 }));

  it('accepts exactly the calendar days of the years 0001–9999', () => {
    fc.assert(
      fc.property(
        year,
        fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constant(2)),
        day,
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isCalendarDate(text), text).toBe(realDay(y, m, d));
          expect(IsoDate.safeParse(text).success, text).toBe(realDay(y, m, d));
        },
      ),
      { seed: 11, numRuns: 5000 },
    );
  });

  it('refuses anything else with words, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(weird, fc.anything(), fc.date()), (value) => {
        const r = IsoDate.safeParse(value);
        if (!r.success) expect(r.error.issues[0]?.message).toMatch(/\w/);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe('parseScenario on fuzzed scenarios', () => {
  const examples = yamlFiles('library/scenarios')
    .slice(0, 4)
    .map((f) => JSON.parse(JSON.stringify(parseScenarioValue(f.text, f.path))) as Json);

  function parseScenarioValue(text: string, file: string): unknown {
    const r = parseScenario(text, file, lib);
    if (!r.ok) throw new Error(`${file} does not parse`);
    return r.value;
  }

  // Values of the right form that name nothing (or a wrong date), to reach the library checks.
  const nearMiss = fc.constantFrom<Json>(
    'XXX',
    'JPN.senkakus',
    'asian-nato',
    'armed-attack',
    'public-vessel',
    '1800-01-01',
    '2024-02-30',
    [200, 100],
    [],
  );
  // JSON is YAML, so a structurally random object reaches the schema and the library checks.
  const example = fc.constantFrom(...examples);
  const scenario = fc.oneof(
    { weight: 3, arbitrary: example.chain((e) => mutated(e)) },
    { weight: 3, arbitrary: example.chain((e) => mutated(e, nearMiss)) },
    { weight: 1, arbitrary: weird },
  );

  it('never throws, and every issue has its file, line and column', () => {
    fc.assert(
      fc.property(scenario, (value) => {
        expectLocated(parseScenario(JSON.stringify(value), 'fuzz.yaml', lib), 'fuzz.yaml');
      }),
      { seed: 11, numRuns: 1500 },
    );
  });
});
