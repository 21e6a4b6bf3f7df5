/**
 * Seeded fuzzing of every API route: random JSON, valid bodies mutated field by field, hostile
 * strings, huge numbers and deep nesting, in bodies, path ids and query strings. No request may
 * answer 5xx, every refusal is in the one error shape, and every reply has the security headers.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileString, type Json, mutated, weird } from '../../core/test/fuzz-arbitraries.ts';
import { ErrorBody } from './errors.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { senkakuEvent, testAppWithoutEngine, testLibrary, testPact } from './testing.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testAppWithoutEngine();
});
afterAll(() => app.close());

interface Request {
  path: string;
  query: string;
  /** The raw body, sent as application/json unless `contentType` says otherwise. */
  payload?: string;
  contentType?: string;
}

const body = (
  example: Json | undefined,
): fc.Arbitrary<Pick<Request, 'payload' | 'contentType'>> => {
  const json = (a: fc.Arbitrary<Json>) => a.map((v) => ({ payload: JSON.stringify(v) }));
  const choices = [
    json(weird),
    // Nesting as text, deeper than JSON.stringify could write it: 200 KB inside the 1 MiB limit.
    fc
      .tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(['[', ']'], ['{"a":', '}']))
      .map(([n, [open, close]]) => ({ payload: `${open!.repeat(n)}1${close!.repeat(n)}` })),
    fc.string({ maxLength: 60 }).map((payload) => ({ payload })),
    fc
      .tuple(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
          'multipart/form-data',
        ),
      )
      .map(([v, contentType]) => ({ payload: JSON.stringify(v), contentType })),
  ];
  if (example === undefined) return fc.oneof(...choices);
  return fc.oneof(
    { weight: 6, arbitrary: json(mutated(example)) },
    { weight: 1, arbitrary: json(fc.constant(example)) },
    ...choices.map((arbitrary) => ({ weight: 1, arbitrary })),
  );
};

// A URL carries UTF-8 only: lone surrogates become U+FFFD before encoding, as a browser does.
const enc = (s: string) => encodeURIComponent(Buffer.from(s).toString());

/** A path id: a real one, a hostile one encoded, or raw percent-encoding that may be invalid. */
const pathId = (real: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...real).map(enc),
    hostileString.map((s) => (s.length > 0 ? enc(s) : 'x')),
    fc.constantFrom('%', '%zz', '%c0%af', 'a%00b', '..', '.', '%2e%2e', 'x'.repeat(400)),
  );

/** A query string of known and unknown parameters, some repeated, some not valid encoding. */
const queryString = (known: Record<string, string[]>): fc.Arbitrary<string> => {
  const names = [...Object.keys(known), 'colour', '__proto__', 'a[b]', ''];
  const pair = fc
    .tuple(
      fc.constantFrom(...names),
      fc.oneof(
        hostileString.map(enc),
        ...Object.values(known).map((values) => fc.constantFrom(...values).map(enc)),
        fc.constantFrom('%', '%zz', ''),
      ),
    )
    .map(([k, v]) => `${enc(k)}=${v}`);
  return fc
    .array(pair, { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${pairs.join('&')}` : ''));
};

interface RouteFuzz {
  /** Values for each `:param` of the URL. */
  params?: Record<string, fc.Arbitrary<string>>;
  /** Known query parameters with valid values. */
  query?: Record<string, string[]>;
  /** A valid body to mutate, for routes that take one. */
  body?: Json;
  /**
   * The route reads the research-data database, which this app lacks: a request it accepts is
   * the documented 503 data_unavailable, and any other 5xx still fails.
   */
  readsDataDb?: true;
}

const lib = testLibrary().library;
const ids = (m: Map<string, unknown>) => [...m.keys()].slice(0, 5);
const scenario = {
  id: 'my-scenario',
  name: 'Mine',
  description: 'A landing',
  date: '2024-11-01',
  events: [senkakuEvent],
  // Mutated like any field: a host's answer, the strikes, the range.
  assumptions: { basing: { strikes: 'struck', rangeKm: 1000, consent: { JPN: 'consents' } } },
} as unknown as Json;
/** A library item as the JSON a client would send. */
const asJson = (v: unknown): Json => JSON.parse(JSON.stringify(v));
const architecture = asJson({
  ...(lib.architectures.get('status-quo' as never) as object),
  id: 'my-arch',
});
const jobId = { id: pathId(['nope']) };

/** How each API route is fuzzed; the first test fails when a route is missing here. */
const routes: Record<string, RouteFuzz> = {
  'GET /api/health': {},
  'GET /api/library': {},
  'GET /api/models/calibration': {},
  'GET /api/models/sources': {},
  'GET /api/states': {},
  'GET /api/places': {},
  'GET /api/areas': {},
  'GET /api/bases': {
    query: {
      host: ['JPN', 'KOR', 'DJI'],
      user: ['USA', 'CHN', 'JPN'],
      date: ['2024-11-01', '2016-01-01'],
      architecture: ids(lib.architectures as Map<string, unknown>),
    },
  },
  'GET /api/agreements': {
    query: {
      date: ['2024-11-01', '1960-06-23'],
      member: ['JPN', 'USA'],
      architecture: ids(lib.architectures as Map<string, unknown>),
    },
  },
  'GET /api/agreements/:id': {
    params: { id: pathId(ids(lib.agreements as Map<string, unknown>)) },
  },
  'GET /api/architectures': {},
  'GET /api/architectures/:id': {
    params: { id: pathId(ids(lib.architectures as Map<string, unknown>)) },
  },
  'GET /api/scenarios': {},
  'GET /api/scenarios/:id': { params: { id: pathId(ids(lib.scenarios as Map<string, unknown>)) } },
  'GET /api/sofas': {},
  'POST /api/sofa/incident': {
    body: {
      sofa: 'us-japan-sofa-1960',
      date: '1995-09-04',
      person: 'member',
      onDuty: 'no',
      offence: 'rape',
      victim: 'host-national',
      heldBy: 'sending',
      place: 'JPN.okinawa',
      sending: 'USA',
    },
  },
  'GET /api/sofa/compare': {
    query: {
      ids: [
        'us-japan-sofa-1960,germany-sa-1959',
        ids(lib.sofas as Map<string, unknown>).join(','),
        'nato-sofa-1951',
      ],
      topics: ['custody,access', 'host-law'],
      date: ['2024-06-01', '1953-08-22'],
    },
  },
  'POST /api/obligations': { body: { date: '2024-11-01', events: [senkakuEvent] } },
  'POST /api/run': { body: { scenario, mode: 'strict' } },
  'POST /api/jobs': {
    body: asJson({
      kind: 'compare',
      params: {
        architectures: ['status-quo'],
        scenarios: ids(lib.scenarios as Map<string, unknown>).slice(0, 2),
        trials: 10,
        seed: 1,
        extraAgreements: [testPact('my-pact', ['JPN', 'PHL', 'AUS'])],
      },
    }),
  },
  'GET /api/jobs/:id': { params: jobId },
  'DELETE /api/jobs/:id': { params: jobId },
  'GET /api/jobs/:id/events': { params: jobId },
  'GET /api/data/status': {},
  'GET /api/network': {
    query: {
      year: ['1950', '1700', '2016'],
      type: ['defense', 'any', 'consul'],
      region: ['europe', 'asia'],
      seed: ['1', '7'],
      carryTo: ['2018'],
    },
    readsDataDb: true,
  },
  'GET /api/openapi.json': {},
};
for (const [kind, example] of [
  ['scenarios', scenario],
  ['architectures', architecture],
  ['agreements', asJson(testPact('my-pact'))],
  ['comparisons', asJson({ id: 'my-setup', name: 'Mine', architectures: ['status-quo'], seed: 3 })],
] as const) {
  const own = (example as { id: string }).id;
  const id = { id: pathId([own, 'nope']) };
  // A PUT whose path and body ids differ is refused before anything else is looked at.
  const putId = { id: fc.oneof({ weight: 3, arbitrary: fc.constant(own) }, pathId([own])) };
  routes[`GET /api/saved/${kind}`] = {};
  routes[`GET /api/saved/${kind}/:id`] = { params: id };
  routes[`PUT /api/saved/${kind}/:id`] = { params: putId, body: example };
  routes[`DELETE /api/saved/${kind}/:id`] = { params: id };
  // A rename or a copy of an id that may exist, to one that may be free, taken or the library's.
  const copy = { params: id, body: { to: 'my-copy' } };
  routes[`POST /api/saved/${kind}/:id/rename`] = copy;
  routes[`POST /api/saved/${kind}/:id/duplicate`] = copy;
}

function requests(url: string, method: string, fuzz: RouteFuzz): fc.Arbitrary<Request> {
  const names = [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const params = fc.record(
    Object.fromEntries(names.map((n) => [n, fuzz.params?.[n] ?? fc.constant('x')])),
  );
  const withBody = method === 'POST' || method === 'PUT';
  // Routes that take no body get one now and then: a DELETE's is parsed before the handler runs.
  const anyBody = withBody
    ? body(fuzz.body)
    : fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, body(undefined));
  return fc.tuple(params, queryString(fuzz.query ?? {}), anyBody).map(([p, query, b]) => ({
    path: url.replace(/:(\w+)/g, (_, n: string) => (p as Record<string, string>)[n]!),
    query,
    ...b,
  }));
}

const securityHeaders = Object.keys(SECURITY_HEADERS);

describe('fuzzed requests on every API route', () => {
  it('has a generator for every API route', () => {
    const registered = app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(Object.keys(routes).sort()).toEqual(registered);
  });

  for (const [route, fuzz] of Object.entries(routes)) {
    const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
    it(`${route}: no 5xx, refusals in the error shape, security headers`, async () => {
      await fc.assert(
        fc.asyncProperty(requests(url, method, fuzz), async (req) => {
          const r = await app.inject({
            method,
            url: req.path + req.query,
            ...(req.payload !== undefined
              ? {
                  payload: req.payload,
                  headers: { 'content-type': req.contentType ?? 'application/json' },
                }
              : {}),
          });
          const unavailable = fuzz.readsDataDb && r.statusCode === 503;
          if (unavailable) expect(r.json().error.code).toBe('data_unavailable');
          else expect(r.statusCode, r.body.slice(0, 300)).toBeLessThan(500);
          for (const name of securityHeaders)
            expect(r.headers[name], name).toBe(SECURITY_HEADERS[name]);
          if (r.statusCode >= 400) {
            expect(ErrorBody.safeParse(JSON.parse(r.body)).success, r.body.slice(0, 300)).toBe(
              true,
            );
            expect(r.body).not.toMatch(/\bat .*\.ts:\d+/);
          }
        }),
        { seed: 11, numRuns: fuzz.body === undefined ? 40 : 150 },
      );
    });
  }
});
