import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { senkakuEvent, testAppWithoutEngine, testPact } from './testing.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testAppWithoutEngine();
});
afterAll(() => app.close());

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  /** A JSON value, or raw text sent as application/json. */
  body?: unknown;
  raw?: string;
  status: number;
  code: string;
  /** A pointer one of the issues must carry. */
  pointer?: string;
}

const big = 'x'.repeat(1_100_000);
const incident = {
  sofa: 'us-japan-sofa-1960',
  date: '1995-09-04',
  person: 'member',
  onDuty: 'no',
  offence: 'rape',
  victim: 'host-national',
};
const scenario = {
  id: 'my-scenario',
  name: 'Mine',
  description: 'A landing',
  date: '2024-11-01',
  events: [senkakuEvent],
};

/** Bad input for every API route: the route's pattern and the cases that exercise it. */
const table: Record<string, Case[]> = {
  'GET /api/health': [
    {
      name: 'wrong method',
      method: 'POST',
      url: '/api/health',
      body: {},
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/library': [
    {
      name: 'wrong method',
      method: 'DELETE',
      url: '/api/library',
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/models/calibration': [
    {
      name: 'wrong method',
      method: 'PUT',
      url: '/api/models/calibration',
      body: {},
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/models/sources': [
    {
      name: 'wrong method',
      method: 'PUT',
      url: '/api/models/sources',
      body: {},
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/states': [
    {
      name: 'wrong method',
      method: 'PUT',
      url: '/api/states',
      body: [],
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/places': [
    {
      name: 'wrong method',
      method: 'POST',
      url: '/api/places',
      body: {},
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/areas': [
    {
      name: 'wrong method',
      method: 'DELETE',
      url: '/api/areas',
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/bases': [
    {
      name: 'bad date',
      method: 'GET',
      url: '/api/bases?date=2024-02-30',
      status: 400,
      code: 'bad_input',
      pointer: '/date',
    },
    {
      name: 'unknown host',
      method: 'GET',
      url: '/api/bases?host=JPX',
      status: 400,
      code: 'bad_input',
      pointer: '/host',
    },
    {
      name: 'unknown architecture',
      method: 'GET',
      url: '/api/bases?architecture=nope',
      status: 400,
      code: 'bad_input',
      pointer: '/architecture',
    },
  ],
  'GET /api/agreements': [
    {
      name: 'bad date',
      method: 'GET',
      url: '/api/agreements?date=2024-02-30',
      status: 400,
      code: 'bad_input',
      pointer: '/date',
    },
    {
      name: 'bad member',
      method: 'GET',
      url: '/api/agreements?member=japan',
      status: 400,
      code: 'bad_input',
      pointer: '/member',
    },
    {
      name: 'unknown member',
      method: 'GET',
      url: '/api/agreements?member=XXX',
      status: 400,
      code: 'bad_input',
      pointer: '/member',
    },
    {
      name: 'unknown architecture',
      method: 'GET',
      url: '/api/agreements?architecture=status-qo',
      status: 400,
      code: 'bad_input',
      pointer: '/architecture',
    },
    {
      name: 'unknown parameter',
      method: 'GET',
      url: '/api/agreements?colour=red',
      status: 400,
      code: 'bad_input',
      pointer: '/colour',
    },
  ],
  'GET /api/agreements/:id': [
    {
      name: 'unknown id',
      method: 'GET',
      url: '/api/agreements/nope',
      status: 404,
      code: 'unknown_agreement',
    },
  ],
  'GET /api/architectures': [
    {
      name: 'wrong method',
      method: 'POST',
      url: '/api/architectures',
      body: {},
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/architectures/:id': [
    {
      name: 'unknown id',
      method: 'GET',
      url: '/api/architectures/nope',
      status: 404,
      code: 'unknown_architecture',
    },
  ],
  'GET /api/scenarios': [
    {
      name: 'wrong method',
      method: 'POST',
      url: '/api/scenarios',
      body: {},
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/scenarios/:id': [
    {
      name: 'unknown id',
      method: 'GET',
      url: '/api/scenarios/nope',
      status: 404,
      code: 'unknown_scenario',
    },
  ],
  'GET /api/sofas': [
    {
      name: 'wrong method',
      method: 'POST',
      url: '/api/sofas',
      body: {},
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'POST /api/sofa/incident': [
    {
      name: 'unknown SOFA',
      method: 'POST',
      url: '/api/sofa/incident',
      body: { ...incident, sofa: 'us-japan-sofa' },
      status: 400,
      code: 'bad_input',
      pointer: '/sofa',
    },
    {
      name: 'unknown offence kind',
      method: 'POST',
      url: '/api/sofa/incident',
      body: { ...incident, offence: 'murdr' },
      status: 400,
      code: 'bad_input',
      pointer: '/offence',
    },
    {
      name: 'unknown place',
      method: 'POST',
      url: '/api/sofa/incident',
      body: { ...incident, place: 'JPN.okinawaa' },
      status: 400,
      code: 'bad_input',
      pointer: '/place',
    },
    {
      name: 'bad duty status',
      method: 'POST',
      url: '/api/sofa/incident',
      body: { ...incident, onDuty: 'maybe' },
      status: 400,
      code: 'bad_input',
      pointer: '/onDuty',
    },
    {
      name: 'impossible date',
      method: 'POST',
      url: '/api/sofa/incident',
      body: { ...incident, date: '1995-02-30' },
      status: 400,
      code: 'bad_input',
      pointer: '/date',
    },
    {
      name: 'missing victim',
      method: 'POST',
      url: '/api/sofa/incident',
      body: { ...incident, victim: undefined },
      status: 400,
      code: 'bad_input',
      pointer: '/victim',
    },
    {
      name: 'sending State not a party',
      method: 'POST',
      url: '/api/sofa/incident',
      body: { ...incident, sending: 'JPN' },
      status: 400,
      code: 'bad_input',
      pointer: '/sending',
    },
    {
      name: 'unknown field',
      method: 'POST',
      url: '/api/sofa/incident',
      body: { ...incident, suspect: 'x' },
      status: 400,
      code: 'bad_input',
    },
    {
      name: 'bad JSON',
      method: 'POST',
      url: '/api/sofa/incident',
      raw: '{"sofa":',
      status: 400,
      code: 'bad_json',
    },
  ],
  'GET /api/sofa/compare': [
    {
      name: 'no ids',
      method: 'GET',
      url: '/api/sofa/compare',
      status: 400,
      code: 'bad_input',
      pointer: '/ids',
    },
    {
      name: 'unknown SOFA',
      method: 'GET',
      url: '/api/sofa/compare?ids=us-japan-sofa-1960,germany-sa',
      status: 400,
      code: 'bad_input',
      pointer: '/ids',
    },
    {
      name: 'unknown topic',
      method: 'GET',
      url: '/api/sofa/compare?ids=nato-sofa-1951&topics=custdy',
      status: 400,
      code: 'bad_input',
      pointer: '/topics',
    },
    {
      name: 'bad date',
      method: 'GET',
      url: '/api/sofa/compare?ids=nato-sofa-1951&date=2024-02-30',
      status: 400,
      code: 'bad_input',
      pointer: '/date',
    },
    {
      name: 'wrong method',
      method: 'DELETE',
      url: '/api/sofa/compare',
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'POST /api/obligations': [
    {
      name: 'missing fields',
      method: 'POST',
      url: '/api/obligations',
      body: {},
      status: 400,
      code: 'bad_input',
      pointer: '/date',
    },
    {
      name: 'wrong types',
      method: 'POST',
      url: '/api/obligations',
      body: { date: 20241101, events: 'x' },
      status: 400,
      code: 'bad_input',
      pointer: '/events',
    },
    {
      name: 'bad date',
      method: 'POST',
      url: '/api/obligations',
      body: { date: '2024-13-01', events: [senkakuEvent] },
      status: 400,
      code: 'bad_input',
      pointer: '/date',
    },
    {
      name: 'unknown place',
      method: 'POST',
      url: '/api/obligations',
      body: {
        date: '2024-11-01',
        events: [{ ...senkakuEvent, target: { place: 'JPN.senkakus' } }],
      },
      status: 400,
      code: 'bad_input',
      pointer: '/events/0/target/place',
    },
    {
      name: 'unknown architecture',
      method: 'POST',
      url: '/api/obligations',
      body: { date: '2024-11-01', architecture: 'nope', events: [senkakuEvent] },
      status: 400,
      code: 'bad_input',
      pointer: '/architecture',
    },
    {
      name: 'unknown field',
      method: 'POST',
      url: '/api/obligations',
      body: { date: '2024-11-01', events: [senkakuEvent], colour: 1 },
      status: 400,
      code: 'bad_input',
      pointer: '/colour',
    },
    {
      name: 'bad JSON',
      method: 'POST',
      url: '/api/obligations',
      raw: '{"date": ',
      status: 400,
      code: 'bad_json',
    },
    {
      name: 'oversized body',
      method: 'POST',
      url: '/api/obligations',
      body: { date: '2024-11-01', events: [senkakuEvent], note: big },
      status: 413,
      code: 'body_too_large',
    },
  ],
  'POST /api/run': [
    {
      name: 'missing mode',
      method: 'POST',
      url: '/api/run',
      body: { scenarioId: 'x' },
      status: 400,
      code: 'bad_input',
      pointer: '/mode',
    },
    {
      name: 'both scenario and id',
      method: 'POST',
      url: '/api/run',
      body: { scenario, scenarioId: 'x', mode: 'strict' },
      status: 400,
      code: 'bad_input',
      pointer: '/scenario',
    },
    {
      name: 'bad mode',
      method: 'POST',
      url: '/api/run',
      body: { scenario, mode: 'maybe' },
      status: 400,
      code: 'bad_input',
      pointer: '/mode',
    },
    {
      name: 'unknown scenario id',
      method: 'POST',
      url: '/api/run',
      body: { scenarioId: 'nope', mode: 'strict' },
      status: 400,
      code: 'bad_input',
      pointer: '/scenarioId',
    },
    {
      name: 'bad date inside the scenario',
      method: 'POST',
      url: '/api/run',
      body: { scenario: { ...scenario, date: '2024-1-1' }, mode: 'strict' },
      status: 400,
      code: 'bad_input',
      pointer: '/scenario/date',
    },
    {
      name: 'unknown place inside the scenario',
      method: 'POST',
      url: '/api/run',
      body: {
        scenario: { ...scenario, events: [{ ...senkakuEvent, target: { place: 'JPN.nowhere' } }] },
        mode: 'strict',
      },
      status: 400,
      code: 'bad_input',
      pointer: '/scenario/events/0/target/place',
    },
    {
      name: 'a basing answer that is neither consents nor refuses',
      method: 'POST',
      url: '/api/run',
      body: {
        scenario: { ...scenario, assumptions: { basing: { consent: { JPN: 'maybe' } } } },
        mode: 'strict',
      },
      status: 400,
      code: 'bad_input',
      pointer: '/scenario/assumptions/basing/consent/JPN',
    },
    {
      name: 'a basing answer for an unknown host',
      method: 'POST',
      url: '/api/run',
      body: {
        scenario: { ...scenario, assumptions: { basing: { consent: { XXX: 'consents' } } } },
        mode: 'strict',
      },
      status: 400,
      code: 'bad_input',
      pointer: '/scenario/assumptions/basing/consent/XXX',
    },
    {
      name: 'a basing range of 0 km',
      method: 'POST',
      url: '/api/run',
      body: { scenario: { ...scenario, assumptions: { basing: { rangeKm: 0 } } }, mode: 'strict' },
      status: 400,
      code: 'bad_input',
      pointer: '/scenario/assumptions/basing/rangeKm',
    },
    {
      name: 'bases neither struck nor spared',
      method: 'POST',
      url: '/api/run',
      body: {
        scenario: { ...scenario, assumptions: { basing: { strikes: 'sometimes' } } },
        mode: 'strict',
      },
      status: 400,
      code: 'bad_input',
      pointer: '/scenario/assumptions/basing/strikes',
    },
    {
      name: 'unknown architecture override',
      method: 'POST',
      url: '/api/run',
      body: { scenario, mode: 'strict', architecture: 'nope' },
      status: 400,
      code: 'bad_input',
      pointer: '/architecture',
    },
    {
      name: 'bad JSON',
      method: 'POST',
      url: '/api/run',
      raw: '[1,',
      status: 400,
      code: 'bad_json',
    },
    {
      name: 'oversized body',
      method: 'POST',
      url: '/api/run',
      body: { scenario: { ...scenario, description: big }, mode: 'strict' },
      status: 413,
      code: 'body_too_large',
    },
  ],
  'POST /api/jobs': [
    {
      name: 'unknown kind',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'dance', params: {} },
      status: 400,
      code: 'bad_input',
      pointer: '/kind',
    },
    {
      name: 'bad params',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'compare', params: { architectures: 'status-quo' } },
      status: 400,
      code: 'bad_input',
      pointer: '/params/architectures',
    },
    {
      name: 'missing params',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'compare' },
      status: 400,
      code: 'bad_input',
      pointer: '/params',
    },
    {
      name: 'too many trials',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'compare', params: { architectures: ['status-quo'], trials: 1_000_001 } },
      status: 400,
      code: 'bad_input',
      pointer: '/params/trials',
    },
    {
      name: 'a mode the Monte Carlo compare does not run',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'compare', params: { architectures: ['status-quo'], mode: 'strict' } },
      status: 400,
      code: 'bad_input',
      pointer: '/params/mode',
    },
    {
      name: 'unknown scenario',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'compare', params: { architectures: ['status-quo'], scenarios: ['guam'] } },
      status: 400,
      code: 'bad_input',
      pointer: '/params/scenarios/0',
    },
    {
      name: 'unknown architecture',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'compare', params: { architectures: ['status-quo', 'asian-nato'] } },
      status: 400,
      code: 'bad_input',
      pointer: '/params/architectures/1',
    },
    {
      name: 'a designed pact with an unknown member',
      method: 'POST',
      url: '/api/jobs',
      body: {
        kind: 'compare',
        params: {
          architectures: ['status-quo'],
          extraAgreements: [testPact('my-pact', ['JPN', 'PHL', 'XYZ'])],
        },
      },
      status: 400,
      code: 'bad_input',
      pointer: '/params/extraAgreements/0/members/2',
    },
    {
      // The reproducer that ran the server out of heap: five members repeated 800 times (28 KB).
      name: 'a designed pact with its members repeated',
      method: 'POST',
      url: '/api/jobs',
      body: {
        kind: 'compare',
        params: {
          architectures: ['status-quo'],
          extraAgreements: [
            testPact(
              'my-pact',
              Array.from({ length: 4000 }, (_, i) => ['USA', 'JPN', 'KOR', 'PHL', 'AUS'][i % 5]!),
            ),
          ],
        },
      },
      status: 400,
      code: 'bad_input',
      pointer: '/params/extraAgreements/0/members',
    },
    {
      name: 'a designed pact naming a member twice',
      method: 'POST',
      url: '/api/jobs',
      body: {
        kind: 'compare',
        params: {
          architectures: ['status-quo'],
          extraAgreements: [testPact('my-pact', ['JPN', 'PHL', 'JPN'])],
        },
      },
      status: 400,
      code: 'bad_input',
      pointer: '/params/extraAgreements/0/members/2',
    },
    {
      // The reproducer that froze every route: one scenario id repeated (500 ids, 11 KB).
      name: 'a scenario repeated',
      method: 'POST',
      url: '/api/jobs',
      body: {
        kind: 'compare',
        params: { architectures: ['status-quo'], scenarios: Array(500).fill('korea-2025') },
      },
      status: 400,
      code: 'bad_input',
      pointer: '/params/scenarios',
    },
    {
      name: 'an architecture named twice',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'compare', params: { architectures: ['status-quo', 'status-quo'] } },
      status: 400,
      code: 'bad_input',
      pointer: '/params/architectures/1',
    },
    {
      name: 'a designed pact that fails the agreement schema',
      method: 'POST',
      url: '/api/jobs',
      body: {
        kind: 'compare',
        params: { architectures: ['status-quo'], extraAgreements: [{ id: 'my-pact' }] },
      },
      status: 400,
      code: 'bad_input',
      pointer: '/params/extraAgreements/0/name',
    },
    {
      name: 'simulate without a scenario',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'simulate', params: { trials: 100 } },
      status: 400,
      code: 'bad_input',
      pointer: '/params/scenario',
    },
    {
      name: 'bad JSON',
      method: 'POST',
      url: '/api/jobs',
      raw: 'kind=compare',
      status: 400,
      code: 'bad_json',
    },
    {
      name: 'oversized body',
      method: 'POST',
      url: '/api/jobs',
      body: { kind: 'compare', params: { architectures: [big] } },
      status: 413,
      code: 'body_too_large',
    },
  ],
  'GET /api/jobs/:id': [
    { name: 'unknown id', method: 'GET', url: '/api/jobs/nope', status: 404, code: 'unknown_job' },
  ],
  'DELETE /api/jobs/:id': [
    {
      name: 'unknown id',
      method: 'DELETE',
      url: '/api/jobs/nope',
      status: 404,
      code: 'unknown_job',
    },
  ],
  'GET /api/jobs/:id/events': [
    {
      name: 'unknown id',
      method: 'GET',
      url: '/api/jobs/nope/events',
      status: 404,
      code: 'unknown_job',
    },
  ],
  'GET /api/data/status': [
    {
      name: 'wrong method',
      method: 'POST',
      url: '/api/data/status',
      body: {},
      status: 405,
      code: 'method_not_allowed',
    },
  ],
  'GET /api/network': [
    {
      name: 'year not a number',
      method: 'GET',
      url: '/api/network?year=nineteen',
      status: 400,
      code: 'bad_input',
      pointer: '/year',
    },
    {
      name: 'unknown tie type',
      method: 'GET',
      url: '/api/network?type=friendship',
      status: 400,
      code: 'bad_input',
      pointer: '/type',
    },
    {
      name: 'unknown region',
      method: 'GET',
      url: '/api/network?region=atlantis',
      status: 400,
      code: 'bad_input',
      pointer: '/region',
    },
    {
      name: 'carryTo not a year',
      method: 'GET',
      url: '/api/network?year=2018&carryTo=later',
      status: 400,
      code: 'bad_input',
      pointer: '/carryTo',
    },
  ],
  'GET /api/openapi.json': [
    {
      name: 'wrong method',
      method: 'DELETE',
      url: '/api/openapi.json',
      status: 405,
      code: 'method_not_allowed',
    },
  ],
};

for (const [kind, what] of [
  ['scenarios', 'scenario'],
  ['architectures', 'architecture'],
  ['agreements', 'agreement'],
  ['comparisons', 'comparison'],
] as const) {
  const base = `/api/saved/${kind}`;
  table[`GET ${base}`] = [
    {
      name: 'wrong method',
      method: 'POST',
      url: base,
      body: {},
      status: 405,
      code: 'method_not_allowed',
    },
  ];
  table[`GET ${base}/:id`] = [
    {
      name: 'unknown id',
      method: 'GET',
      url: `${base}/nope`,
      status: 404,
      code: `unknown_saved_${what}`,
    },
    { name: 'bad id', method: 'GET', url: `${base}/Not%20An%20Id`, status: 400, code: 'bad_id' },
  ];
  table[`PUT ${base}/:id`] = [
    {
      name: 'missing fields',
      method: 'PUT',
      url: `${base}/x`,
      body: { id: 'x' },
      status: 400,
      code: 'bad_input',
      pointer: '/name',
    },
    {
      name: 'wrong types',
      method: 'PUT',
      url: `${base}/x`,
      body: { id: 'x', name: 3 },
      status: 400,
      code: 'bad_input',
      pointer: '/name',
    },
    { name: 'bad JSON', method: 'PUT', url: `${base}/x`, raw: '{', status: 400, code: 'bad_json' },
    {
      name: 'oversized body',
      method: 'PUT',
      url: `${base}/x`,
      body: { id: 'x', name: big },
      status: 413,
      code: 'body_too_large',
    },
  ];
  table[`DELETE ${base}/:id`] = [
    {
      name: 'unknown id',
      method: 'DELETE',
      url: `${base}/nope`,
      status: 404,
      code: `unknown_saved_${what}`,
    },
  ];
  for (const verb of ['rename', 'duplicate']) {
    const url = `${base}/nope/${verb}`;
    table[`POST ${base}/:id/${verb}`] = [
      {
        name: 'unknown id',
        method: 'POST',
        url,
        body: { to: 'fresh' },
        status: 404,
        code: `unknown_saved_${what}`,
      },
      {
        name: 'no new id',
        method: 'POST',
        url,
        body: {},
        status: 400,
        code: 'bad_input',
        pointer: '/to',
      },
      {
        name: 'bad new id',
        method: 'POST',
        url,
        body: { to: 'Not An Id' },
        status: 400,
        code: 'bad_id',
      },
      { name: 'bad JSON', method: 'POST', url, raw: '{', status: 400, code: 'bad_json' },
    ];
  }
}
table['POST /api/saved/scenarios/:id/rename']!.push({
  name: "a library scenario's id",
  method: 'POST',
  url: '/api/saved/scenarios/nope/rename',
  body: { to: 'senkaku-landing' },
  status: 409,
  code: 'shadows_library',
});
table['PUT /api/saved/agreements/:id']!.push({
  name: 'a member named twice',
  method: 'PUT',
  url: '/api/saved/agreements/my-pact',
  body: testPact('my-pact', ['JPN', 'PHL', 'JPN']),
  status: 400,
  code: 'bad_input',
  pointer: '/members/2',
});
table['PUT /api/saved/scenarios/:id']!.push(
  {
    name: 'id differs from the path',
    method: 'PUT',
    url: '/api/saved/scenarios/other',
    body: scenario,
    status: 400,
    code: 'bad_input',
    pointer: '/id',
  },
  {
    name: 'bad date',
    method: 'PUT',
    url: '/api/saved/scenarios/my-scenario',
    body: { ...scenario, date: 'soon' },
    status: 400,
    code: 'bad_input',
    pointer: '/date',
  },
);

describe('bad input on every route', () => {
  it('words a bad basing assumption for a person: what is wrong, what it may be, at its key', async () => {
    const run = async (basing: unknown) => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/run',
        payload: { scenario: { ...scenario, assumptions: { basing } }, mode: 'strict' },
      });
      expect(r.statusCode).toBe(400);
      return r.json().error.issues[0];
    };
    expect(await run({ consent: { JPN: 'maybe' } })).toMatchObject({
      message: 'this value is not one of the allowed values',
      expected: 'one of "consents", "refuses"',
    });
    expect(await run({ consent: { XXX: 'consents' } })).toMatchObject({
      pointer: '/scenario/assumptions/basing/consent/XXX',
      message: 'consent: state "XXX" is not in the COW state system',
    });
    expect((await run({ rangeKm: 0 })).expected).toBe(
      'a distance above 0 km, e.g. 1000 (the default)',
    );
    expect((await run({ rangeKm: 30000 })).expected).toBe(
      'at most 20000 km (half way round the Earth)',
    );
  });

  it('covers every API route', () => {
    const routes = app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(Object.keys(table).sort()).toEqual(routes);
  });

  for (const [route, cases] of Object.entries(table))
    for (const c of cases)
      it(`${route}: ${c.name} → ${c.status} ${c.code}`, async () => {
        const r = await app.inject({
          method: c.method,
          url: c.url,
          ...(c.raw !== undefined
            ? { payload: c.raw, headers: { 'content-type': 'application/json' } }
            : c.body !== undefined
              ? { payload: JSON.stringify(c.body), headers: { 'content-type': 'application/json' } }
              : {}),
        });
        expect(r.statusCode).toBe(c.status);
        expect(r.headers['content-type']).toMatch(/^application\/json/);
        const { error } = r.json();
        expect(error.code).toBe(c.code);
        expect(error.message).toEqual(expect.any(String));
        expect(r.body).not.toMatch(/\bat .*\.ts:\d+/);
        if (c.pointer)
          expect(error.issues.map((i: { pointer: string }) => i.pointer)).toContain(c.pointer);
      });
});
