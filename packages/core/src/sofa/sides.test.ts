import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import { Sofa, type SofaId } from '../model/sofa.ts';
import { answerIncident } from './incident-input.ts';
import { sofaSides } from './sides.ts';

const lib = realLibrary();
const sofa = (id: string): Sofa => lib.sofas.get(id as SofaId)!;
const raa = sofa('japan-australia-raa-2022');

describe('sofaSides', () => {
  it('lets either party of a reciprocal SOFA send, the other receiving', () => {
    expect(sofaSides(raa, 'JPN')).toMatchObject({
      ok: true,
      value: { sending: 'JPN', receiving: 'AUS' },
    });
    expect(sofaSides(raa, 'AUS')).toMatchObject({
      ok: true,
      value: { sending: 'AUS', receiving: 'JPN' },
    });
    expect(sofaSides(raa)).toMatchObject({ ok: true, value: {} });
  });

  it('refuses a State that is not a party, naming those that are', () => {
    const r = sofaSides(raa, 'GBR');
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ pointer: '/sending', expected: 'one of AUS, JPN' });
  });

  it("names a one-way SOFA's sides from its parties, and lets only its sending State send", () => {
    const japan = sofa('us-japan-sofa-1960');
    expect(sofaSides(japan)).toMatchObject({ value: { sending: 'USA', receiving: 'JPN' } });
    expect(sofaSides(japan, 'USA').ok).toBe(true);
    expect(sofaSides(japan, 'JPN').ok).toBe(false);
  });
});

describe('a reciprocal SOFA', () => {
  const base = {
    id: 'x-raa',
    name: 'X',
    shortName: 'X',
    reciprocal: true,
    versions: [
      { id: 'base', kind: 'base', name: 'X', signed: '2022-01-06', summary: 'x', source: 'x' },
    ],
    summary: 'x',
    sources: ['x'],
  };

  it('names one State on each side', () => {
    const two = Sofa.safeParse({
      ...base,
      parties: { sending: ['AUS', 'GBR'], receiving: ['JPN'] },
    });
    expect(two.success).toBe(false);
    expect(two.error?.issues[0]?.path).toEqual(['parties']);
    const one = Sofa.safeParse({ ...base, parties: { sending: ['AUS'], receiving: ['JPN'] } });
    expect(one.success).toBe(true);
  });

  it('answers the same rules whichever party sends, with the sides named in the answer', () => {
    const incident = {
      sofa: 'japan-uk-raa-2023',
      date: '2024-06-01',
      person: 'member',
      onDuty: 'no',
      offence: 'assault',
      victim: 'host-national',
    };
    const byJapan = answerIncident(lib, { ...incident, sending: 'JPN' });
    const byBritain = answerIncident(lib, { ...incident, sending: 'GBR' });
    if (!byJapan.ok || !byBritain.ok) throw new Error('incident refused');
    expect(byJapan.value.sides).toEqual({ sending: 'JPN', receiving: 'GBR' });
    expect(byBritain.value.sides).toEqual({ sending: 'GBR', receiving: 'JPN' });
    expect(byJapan.value.jurisdiction?.rule).toBe(byBritain.value.jurisdiction?.rule);
    expect(answerIncident(lib, { ...incident, sending: 'USA' }).issues[0]?.pointer).toBe(
      '/sending',
    );
  });
});
