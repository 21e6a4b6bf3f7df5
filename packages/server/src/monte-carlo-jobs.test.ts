import type { CompareRun, SensitivityRun, SimulateRun } from '@casus/runner';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobContext } from './jobs.ts';
import { monteCarloJobRunners } from './monte-carlo-jobs.ts';
import { testApp, testLibrary, testPact } from './testing.ts';

/** An engine that records what it was asked to run and answers at once. */
const asked: (CompareRun | SimulateRun | SensitivityRun)[] = [];
const engine = {
  async compare(run: CompareRun, job: JobContext) {
    asked.push(run);
    job.onProgress({ done: 1, total: 1 });
    return { architectures: run.architectures, seed: run.seed, trials: run.trials };
  },
  async simulate(run: SimulateRun) {
    asked.push(run);
    return { scenario: run.scenario.id, architecture: run.architecture };
  },
  async sensitivity(run: SensitivityRun) {
    asked.push(run);
    return { measure: run.measure, trials: run.trials };
  },
};

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ jobRunners: monteCarloJobRunners(testLibrary(), engine) });
});
afterAll(() => app.close());

const post = (kind: string, params: unknown) =>
  app.inject({ method: 'POST', url: '/api/jobs', payload: { kind, params } });

async function resultOf(kind: string, params: unknown) {
  const r = await post(kind, params);
  expect(r.statusCode).toBe(202);
  const { id } = r.json();
  await expect.poll(async () => (await app.inject(`/api/jobs/${id}`)).json().status).toBe('done');
  return (await app.inject(`/api/jobs/${id}`)).json().result;
}

const pointers = async (kind: string, params: unknown): Promise<string[]> => {
  const r = await post(kind, params);
  expect(r.statusCode).toBe(400);
  return r.json().error.issues.map((i: { pointer: string }) => i.pointer);
};

describe('the Monte Carlo job kinds', () => {
  it('fill in trials and seed, and add status-quo+<id> for each designed pact', async () => {
    const result = await resultOf('compare', {
      scenarios: ['senkaku-landing'],
      architectures: ['status-quo'],
      extraAgreements: [testPact()],
    });
    expect(result).toMatchObject({
      architectures: ['status-quo', 'status-quo+test-pact'],
      seed: 1,
      trials: 2000,
      libraryVersion: testLibrary().hash,
      extraAgreements: ['test-pact'],
    });
    const run = asked.at(-1) as CompareRun;
    expect(run.library.agreements.has('test-pact' as never)).toBe(true);
    expect(testLibrary().library.agreements.has('test-pact' as never)).toBe(false);
    expect(run.scenarios.map((s) => s.id)).toEqual(['senkaku-landing']);
  });

  it('runs the whole battery when no scenarios are named, and simulates one scenario', async () => {
    await resultOf('compare', { architectures: ['status-quo'], trials: 500, seed: 3 });
    expect((asked.at(-1) as CompareRun).scenarios).toHaveLength(
      testLibrary().library.scenarios.size,
    );
    const one = await resultOf('simulate', { scenario: 'korea-invasion-2025' });
    expect(one).toMatchObject({ scenario: 'korea-invasion-2025', architecture: 'status-quo' });
  });

  it('answer 400 with pointers into the body for bad params and bad pacts', async () => {
    expect(await pointers('compare', { architectures: ['status-quo'], trials: 2_000_000 })).toEqual(
      ['/params/trials'],
    );
    expect(
      await pointers('compare', { architectures: ['status-qou'], scenarios: ['x', 'guam-strike'] }),
    ).toEqual(['/params/scenarios/0', '/params/architectures/0']);
    const bad = testPact('bad-pact', ['JPN', 'PHL', 'XXX']);
    expect(
      await pointers('compare', { architectures: ['status-quo'], extraAgreements: [bad] }),
    ).toContain('/params/extraAgreements/0/members/2');
    const again = testPact('us-japan-1960');
    expect(
      await pointers('simulate', { scenario: 'guam-strike', extraAgreements: [again] }),
    ).toEqual(['/params/extraAgreements/0/id']);
    expect(await pointers('simulate', { scenario: 'guam-strike', architecture: 'nope' })).toEqual([
      '/params/architecture',
    ]);
  });

  it('run a sensitivity job with its measure read as casus sensitivity reads it, and refuse a bad measure', async () => {
    const result = await resultOf('sensitivity', {
      scenarios: ['taiwan-invasion'],
      architectures: ['status-quo'],
      measure: 'p:USA',
    });
    expect(result).toMatchObject({ measure: { kind: 'p', state: 'USA' }, trials: 1024 });
    const run = asked.at(-1) as SensitivityRun;
    expect(run.scenarios.map((s) => s.id)).toEqual(['taiwan-invasion']);
    expect(
      await pointers('sensitivity', { architectures: ['status-quo'], measure: 'p:usa' }),
    ).toEqual(['/params/measure']);
    expect(
      await pointers('sensitivity', { architectures: ['status-quo'], trials: 50_000 }),
    ).toEqual(['/params/trials']);
  });

  it('are documented in a valid OpenAPI document', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const text = JSON.stringify(doc.components.schemas.postJobsBody);
    for (const field of [
      'trials',
      'seed',
      'extraAgreements',
      'decisions',
      'scenario',
      'architectures',
    ])
      expect(text).toContain(`"${field}"`);
  });
});
