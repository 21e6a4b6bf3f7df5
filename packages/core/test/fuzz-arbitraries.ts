/** Arbitraries for fuzzing readers and routes: hostile strings, huge numbers, deep nesting, valid examples mutated. */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '../../../etc/passwd',
    '..%2f..%2fetc',
    '\u0000',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    'prototype',
    '\ud800',
    '𝕏𝕏',
    '%',
    '%zz',
    '1e309',
    'NaN',
    '-0',
    '0000-01-01',
    '2024-02-30',
    '9999-12-31',
    'CHN armed-attack JPN.senkaku',
    'status-quo',
    // Ids of the right form that name nothing, to reach the checks against the library.
    'XXX',
    'JPN.senkakus',
    'asian-nato',
    'x'.repeat(5000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const hugeNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), 5e-324, -0, 1_000_001, 0, -1, 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
/** Arrays or objects nested `depth` deep, as values inside a body (JSON.stringify recurses). */
const deep = fc.tuple(fc.integer({ min: 1, max: 2_000 }), fc.boolean()).map(([depth, arrays]) => {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});
const leaf: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  hugeNumber,
  fc.boolean(),
  fc.constant(null),
);
export const weird: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 300 }) },
  { weight: 1, arbitrary: deep },
);

/** Every path to a value inside `v`, the root included. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return here.concat(...v.map((x, i) => paths(x, [...at, i])));
  if (v && typeof v === 'object')
    return here.concat(...Object.entries(v).map(([k, x]) => paths(x, [...at, k])));
  return here;
}

type Change =
  | { kind: 'repeat'; times: number }
  | { kind: 'set'; value: Json }
  | { kind: 'delete' }
  | { kind: 'add'; key: string; value: Json };

function applyChange(v: Json, path: (string | number)[], change: Change): Json {
  if (path.length === 0) {
    if (change.kind === 'set') return change.value;
    if (change.kind === 'repeat' && Array.isArray(v) && v.length > 0)
      return Array.from({ length: change.times }, (_, i) => v[i % v.length]!);
    if (change.kind === 'add' && v && typeof v === 'object' && !Array.isArray(v))
      return { ...v, [change.key]: change.value };
    return change.kind === 'delete' ? null : v;
  }
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(v)) {
    const copy = [...v];
    if (rest.length === 0 && change.kind === 'delete') copy.splice(head as number, 1);
    else copy[head as number] = applyChange(v[head as number]!, rest, change);
    return copy;
  }
  if (!v || typeof v !== 'object') return v;
  const obj = v as Record<string, Json>;
  if (rest.length === 0 && change.kind === 'delete') {
    const { [head as string]: _, ...others } = obj;
    return others;
  }
  return { ...obj, [head]: applyChange(obj[head as string]!, rest, change) };
}

const changeTo = (values: fc.Arbitrary<Json>): fc.Arbitrary<Change> =>
  fc.oneof(
    values.map((value) => ({ kind: 'set', value }) as const),
    fc.constant({ kind: 'delete' } as const),
    // A list of valid items grown long: the requests that once froze or exhausted the server.
    fc.integer({ min: 2, max: 3000 }).map((times) => ({ kind: 'repeat', times }) as const),
    fc
      .tuple(fc.oneof(hostileString, fc.constantFrom('__proto__', 'colour')), values)
      .map(([key, value]) => ({ kind: 'add', key, value }) as const),
  );

/**
 * A valid example with one to three of its fields replaced (by `values`, default `weird`),
 * removed or joined by another.
 * @example fc.sample(mutated({a: 1}), 1)[0] // e.g. {a: '__proto__'}
 */
export const mutated = (example: Json, values: fc.Arbitrary<Json> = weird): fc.Arbitrary<Json> => {
  const one = fc.tuple(fc.constantFrom(...paths(example)), changeTo(values));
  return fc
    .array(one, { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce((v, [p, c]) => applyChange(v, p, c), example));
};
