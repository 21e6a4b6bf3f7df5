import { Worker } from 'node:worker_threads';
import {
  mergeAggregates,
  pairWidth,
  prepareScenario,
  type ReliabilityParams,
  runPairedBlock,
  runTrials,
  trialsInBlock,
} from '@casus/core';
import { describe, expect, it, vi } from 'vitest';
import { tinyInputs, tinyLibrary, tinyScenario } from '../../core/src/sim/testing/tiny-library.ts';
import { simulate } from './parallel.ts';

const prepared = () =>
  prepareScenario(
    tinyLibrary([
      ['CCC', 'BBB'],
      ['DDD', 'AAA'],
    ]),
    tinyScenario(),
    {
      params: {} as ReliabilityParams,
      inputs: tinyInputs,
      probability: (e) => (e.finding.obligor === 'CCC' ? 0.6 : 0.5),
      affinity: false,
    },
  );

const json = (x: unknown) =>
  JSON.stringify(x, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));

describe('parallel simulation', () => {
  it('gives identical aggregates for 1 and 2 workers and in-process, for the same seed', async () => {
    const sims = [prepared().sim, prepared().sim];
    const trials = 50_000;
    const one = await simulate(sims, { seed: 7, trials, workers: 1 });
    const two = await simulate(sims, { seed: 7, trials, workers: 2 });
    const here = runTrials(sims[0]!, { seed: 7, trials });
    expect(json(one)).toBe(json(two));
    expect(json(one[0])).toBe(json(here));
    expect(one[0]!.trials).toBe(trials);
    const other = await simulate(sims, { seed: 8, trials, workers: 2 });
    expect(json(other)).not.toBe(json(one));
  });

  it('pairs one scenario under two models trial by trial, the same for 1 and 2 workers and in-process', async () => {
    const sims = [prepared().sim, prepared().sim];
    const members = [Int32Array.of(2), Int32Array.of(2)];
    const pairs = { groups: [[0, 1]], members };
    const trials = 10_000;
    const one = await simulate(sims, { seed: 7, trials, workers: 1, pairs });
    const two = await simulate(sims, { seed: 7, trials, workers: 2, pairs });
    const here = [0, 1, 2].map((b) =>
      runPairedBlock(sims, members, 7, b, trialsInBlock(trials, b)),
    );
    expect(json(one)).toBe(json(two));
    expect(json(one[1])).toBe(json(here.map((b) => b[1]!).reduce(mergeAggregates)));
    // The same model on the same numbers: every trial pair agrees.
    expect(one[1]!.paired![pairWidth(0)]).toBe(one[0]!.entangled[2]);
    expect(one[0]!.entangled[2]).toBeGreaterThan(1000);
  });

  it('stops early by interval width, at the same point for any number of workers', async () => {
    const sims = [prepared().sim];
    const a = await simulate(sims, { seed: 1, trials: 1_000_000, workers: 1, ciWidth: 0.02 });
    const b = await simulate(sims, { seed: 1, trials: 1_000_000, workers: 2, ciWidth: 0.02 });
    expect(a[0]!.trials).toBeLessThan(1_000_000);
    expect(json(a)).toBe(json(b));
  });

  it('on abort terminates its workers within a second and rejects with an AbortError', async () => {
    const controller = new AbortController();
    let last = 0;
    const run = simulate([prepared().sim], {
      seed: 1,
      trials: 50_000_000,
      workers: 2,
      signal: controller.signal,
      onProgress: (done) => {
        last = done;
        if (done < 3) return;
        controller.abort();
      },
    });
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(last).toBe(3);
    expect(terminate).toHaveBeenCalledTimes(2);
    terminate.mockRestore();
  });

  it('rejects without running a trial when the signal is already aborted', async () => {
    const signal = AbortSignal.abort();
    const onProgress = vi.fn();
    await expect(
      simulate([prepared().sim], { seed: 1, trials: 1_000_000, workers: 1, signal, onProgress }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(onProgress).not.toHaveBeenCalled();
  });
});
