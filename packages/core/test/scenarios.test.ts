/**
 * The scenario battery: which scenarios it holds, and what three of them show under the status quo.
 * That the Monte Carlo agrees with the cascade on every scenario is compiled-cascade.property.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  parseScenario,
  prepareWorld,
  runCascade,
  type Scenario,
} from '../src/index.ts';
import { yamlFiles } from './library-files.ts';
import { realLibrary } from './real-library.ts';

const lib = realLibrary();
const scenarios: Scenario[] = yamlFiles('library/scenarios').map((f) => {
  const r = parseScenario(f.text, f.path, lib);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
});

it('holds the Indo-Pacific battery', () => {
  const ids = scenarios.map((s) => s.id);
  for (const id of [
    'senkaku-landing',
    'second-thomas-shoal',
    'airspace-incursion-2024',
    'taiwan-blockade',
    'taiwan-invasion',
    'korea-invasion-2025',
    'korea-invasion-2024',
    'guam-strike',
    'okinawa-strike',
    'india-china-border',
    'nz-attack',
  ])
    expect(ids).toContain(id);
});

describe('what the battery shows under the status quo, every defence duty honoured', () => {
  const run = (id: string) => {
    const s = scenarios.find((x) => x.id === id)!;
    const world = prepareWorld(lib, {
      architecture: 'status-quo',
      date: s.date,
      assumptions: s.assumptions,
    });
    return runCascade(world, s.events, { mode: 'honoured' });
  };
  it('Taiwan invasion: nobody enters for Taiwan (no treaty since 1979; the TRA is policy)', () => {
    expect(run('taiwan-invasion').entries.map((e) => e.state)).toEqual(['CHN', 'TWN']);
  });
  it('India–China border: nobody enters for India', () => {
    expect(run('india-china-border').entries.map((e) => e.state)).toEqual(['CHN', 'IND']);
  });
  it('Senkaku landing: the US enters for Japan in round 1 (Article V)', () => {
    expect(run('senkaku-landing').entries.find((e) => e.state === 'USA')).toMatchObject({
      side: 'defender',
      round: 1,
    });
  });
});
