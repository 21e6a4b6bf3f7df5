import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { realLibrary } from '../../test/real-library.ts';
import { Basing, Scenario } from '../model/scenario.ts';
import { runCascade } from './cascade.ts';
import { prepareWorld } from './world.ts';

const library = realLibrary();
const taiwan = [...library.scenarios.values()].find((s) => s.id === 'taiwan-invasion-basing')!;

/** The Taiwan invasion with the US flying from Kadena, under an architecture and basing assumptions. */
function run(basing: z.input<typeof Basing>, architecture = 'status-quo') {
  const scenario = Scenario.parse({
    ...taiwan,
    architecture,
    assumptions: { ...taiwan.assumptions, basing: Basing.parse(basing) },
  });
  const world = prepareWorld(library, {
    architecture,
    date: scenario.date,
    assumptions: scenario.assumptions,
  });
  return runCascade(world, scenario.events, { mode: 'honoured' });
}

const entry = (r: ReturnType<typeof run>, state: string) =>
  r.entries.find((e) => e.state === state);

describe('basing entanglement (1960 exchange of notes: combat operations from Japan need prior consultation)', () => {
  it('a Japan that consents is struck at Kadena by China and enters, with the base as the link', () => {
    const r = run({ consent: { JPN: 'consents' } });
    const jpn = entry(r, 'JPN')!;
    expect(jpn).toMatchObject({ side: 'defender', round: 1, via: 'CHN', base: 'kadena-air-base' });
    expect(jpn.reason).toBe(
      'China strikes USA forces at Kadena Air Base (JPN), used for combat under US–Japan Security Treaty (1960), Article VI',
    );
    // The strike on US forces in Japan is an armed attack "in the territories under the
    // administration of Japan" (Article V), so Japan's duty fires too, though it is in already.
    expect(
      r.findings.some(
        (f) =>
          f.fired &&
          f.clause === 'us-japan-1960-art5' &&
          f.obligor === 'JPN' &&
          f.beneficiary === 'USA',
      ),
    ).toBe(true);
    const kadena = r.basing!.find((u) => u.base === 'kadena-air-base')!;
    expect(kadena).toMatchObject({
      host: 'JPN',
      user: 'USA',
      answer: 'consents',
      decision: 'host-consent',
      struckBy: ['CHN'],
    });
  });

  it('a Japan that refuses is not brought in by that path: its bases are not struck', () => {
    const r = run({ consent: { JPN: 'refuses' } });
    expect(entry(r, 'JPN')).toBeUndefined();
    expect(r.events.some((e) => e.target.place === 'JPN.okinawa')).toBe(false);
    expect(r.basing!.find((u) => u.base === 'kadena-air-base')).toMatchObject({
      answer: 'refuses',
      struckBy: [],
    });
  });

  it('with no answer assumed the bases are not used, and the answer says so', () => {
    const r = run({});
    expect(entry(r, 'JPN')).toBeUndefined();
    expect(r.basing!.find((u) => u.base === 'kadena-air-base')?.answer).toBe('not-assumed');
  });

  it('a consent whose bases are spared brings no host in', () => {
    expect(entry(run({ consent: { JPN: 'consents' }, strikes: 'spared' }), 'JPN')).toBeUndefined();
  });

  it('under joint management (the revised alliance) the use is a joint decision that puts Japan at war, struck or not', () => {
    for (const strikes of ['struck', 'spared'] as const) {
      const r = run({ consent: { JPN: 'consents' }, strikes }, 'us-japan-revised');
      const jpn = entry(r, 'JPN')!;
      expect(jpn.reason).toBe(
        'decides with the United States to fight from the jointly managed Kadena Air Base (US–Japan Security Treaty (1960), Article VI)',
      );
      expect(jpn).toMatchObject({ round: 1, via: 'USA', base: 'kadena-air-base' });
      expect(r.basing!.find((u) => u.base === 'kadena-air-base')?.decision).toBe('joint-decision');
    }
    expect(entry(run({ consent: { JPN: 'refuses' } }, 'us-japan-revised'), 'JPN')).toBeUndefined();
  });

  it('bases beyond the assumed range stay out of a Taiwan war; a wider range brings them in', () => {
    const near = run({ consent: { JPN: 'consents' } }).basing!.map((u) => u.base);
    expect(near).toContain('mcas-futenma');
    expect(near).not.toContain('misawa-air-base');
    expect(
      run({ consent: { JPN: 'consents' }, rangeKm: 3000 }).basing!.map((u) => u.base),
    ).toContain('misawa-air-base');
  });
});
