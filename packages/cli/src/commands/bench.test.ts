import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
} from '@casus/data/testing/shared-data';
import { describe, expect, it } from 'vitest';
import type { BenchReport } from '../bench/suite-process.ts';
import { timeWholeBacktest } from '../bench/whole-backtest.ts';
import { timeWholeCompare } from '../bench/whole-compare.ts';
import { timeWholeDyads } from '../bench/whole-dyads.ts';
import { timeWholeNetwork } from '../bench/whole-network.ts';
import { timeWholeSimilarity } from '../bench/whole-similarity.ts';
import { runBinary, runCasus } from '../test-io.ts';

// Tiny loads (--quick): these check what the harness reports and where it measures, not how fast.
describe('casus bench', () => {
  it('runs a suite in a process of its own, which reports its own memory under the machine header', () => {
    const r = runBinary(['bench', '--only', 'engine', '--quick', '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as BenchReport;
    expect(report.command).toBe('casus bench --only engine --quick --json');
    const { machine } = report;
    expect(machine.cores).toBeGreaterThan(0);
    expect(machine.cpuModel).not.toBe('');
    expect(machine.node).toBe(process.version);
    expect(Date.parse(machine.date)).not.toBeNaN();
    expect(machine.commit).toMatch(/^[0-9a-f]{7,}/);
    expect(machine.libraryVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(report.suites).toHaveLength(1);
    const [suite] = report.suites;
    expect(suite).toMatchObject({
      suite: 'engine',
      machine: { ...machine, date: expect.any(String) },
    });
    expect(suite!.pid).not.toBe(r.pid);
    expect(report.rows.every((row) => row.suite === 'engine')).toBe(true);
    const own = report.rows.find((row) =>
      row.name.startsWith("peak RSS of the engine suite's own process"),
    );
    expect(own?.value).toBeGreaterThan(0);
  }, 180_000);

  it('prints the machine, the date and the commit above the table', () => {
    const r = runBinary(['bench', '--only', 'engine', '--quick']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^command {2}casus bench --only engine --quick\nmachine {2}\d+ cores \(\d+ CPUs\), .+, Node v/,
    );
    expect(r.stdout).toMatch(/\ndate {5}\d{4}-\d\d-\d\dT/);
    expect(r.stdout).toMatch(/\ncommit {3}.+, casus \d+\.\d+\.\d+, library [0-9a-f]{16}\n/);
    expect(r.stdout).toMatch(/\nengine +peak RSS of the engine suite's own process/);
  }, 180_000);

  it('runs one suite in-process at most, since a process peak would mix them', async () => {
    const r = await runCasus(['bench', '--only', 'engine,web', '--in-process']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--in-process runs one suite/);
  });

  it('refuses an unknown suite', async () => {
    const r = await runCasus(['bench', '--only', 'engine,gpu']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown suite\(s\): gpu/);
  });
});

describe('timeWholeCompare', () => {
  it('times casus compare as a process of its own and says so', async () => {
    const row = await timeWholeCompare({ trials: 200 });
    expect(row.name).toBe(
      'full comparison as a user runs it: casus compare --trials 200 --seed 1 --json > /dev/null (whole process, spawn to exit)',
    );
    expect(row).toMatchObject({ unit: 's', target: '< 60' });
    expect(row.value).toBeGreaterThan(0);
  }, 180_000);
});

describe.skipIf(!sharedDataAvailable)(`timeWholeBacktest${needsSharedData}`, () => {
  it('times casus backtest over 1816-2007 as a process of its own, against 60 s', async () => {
    const row = await timeWholeBacktest(sharedDataDir);
    expect(row.name).toMatch(/^whole backtest as a user runs it: casus backtest --years 1816-2007/);
    expect(row).toMatchObject({ unit: 's', target: '< 60' });
    expect(row.value).toBeGreaterThan(0);
  }, 300_000);
});

describe.skipIf(!sharedDataAvailable)(`timeWholeDyads${needsSharedData}`, () => {
  it("times the dyad-year pipeline as a process of its own, with its peak memory, beside peacesciencer's", async () => {
    const [time, memory, ratio, every, everyMemory] = await timeWholeDyads(sharedDataDir, {
      everyTo: 1820,
      runs: 3,
    });
    expect(time?.name).toMatch(/^dyad-year pipeline as a researcher runs it: casus dyads/);
    expect(time?.name).toContain('median of 3 runs');
    expect(memory?.name).toContain('the highest of the 3 runs');
    expect(time).toMatchObject({ unit: 's', target: '< 1.99' });
    // A sampler that never read /proc would leave NaN here.
    expect(memory?.value).toBeGreaterThan(50);
    // Both figures are rounded to three significant digits, so they agree to about 1%.
    expect(Math.abs(ratio!.value / (19.9 / time!.value) - 1)).toBeLessThan(0.01);
    expect(every?.name).toContain(
      'casus dyads --years 1816-1820 --with atop,nmc,contiguity,majors,capdist,democracy,similarity,mindist,cowmids',
    );
    expect(every?.value).toBeGreaterThan(0);
    expect(everyMemory?.value).toBeGreaterThan(50);
  }, 300_000);
});

describe.skipIf(!sharedDataAvailable)(`timeWholeNetwork${needsSharedData}`, () => {
  it('times casus network over every year as a process of its own, for defence and any alliance', async () => {
    const rows = await timeWholeNetwork(sharedDataDir, { to: 1820 });
    expect(rows.map((r) => r.name.split(':')[1]?.trim().split(' (')[0])).toEqual([
      'casus network --years 1816-1820 --type defense --json',
      undefined,
      'casus network --years 1816-1820 --type any --json',
      undefined,
    ]);
    // A sampler that never read /proc would leave NaN here.
    expect(rows[1]?.value).toBeGreaterThan(50);
  }, 300_000);
});

describe.skipIf(!sharedDataAvailable)(`timeWholeSimilarity${needsSharedData}`, () => {
  it('times dyads --with similarity as a process of its own, with its peak memory, and each core measure', async () => {
    const rows = await timeWholeSimilarity(sharedDataDir, { to: 1820 });
    expect(rows[0]?.name).toContain('casus dyads --years 1816-1820 --with similarity');
    // A sampler that never read /proc would leave NaN here.
    expect(rows[1]?.value).toBeGreaterThan(50);
    // 1816-1820: 23 members in 1816 (253 pairs), and the pairs of the four years after.
    expect(rows.slice(2).map((r) => r.name)).toHaveLength(5);
    expect(rows[2]?.name).toMatch(/\(1,265 pairs, global\)$/);
  }, 300_000);
});
