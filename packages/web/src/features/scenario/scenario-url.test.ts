import { describe, expect, it } from 'vitest';
import type { Workbench } from '../common/catalog-context.tsx';
import { scenarioCodec } from './scenario-url.ts';

const workbench = {
  catalog: {
    architectures: [{ id: 'status-quo-2024' }, { id: 'asian-nato-exclusive' }],
    states: [{ id: 'CHN' }, { id: 'JPN' }, { id: 'USA' }],
    scenarios: [],
    constraints: [{ state: 'JPN', situations: ['survival-threatening'] }],
  },
} as unknown as Workbench;

const decode = (q: string) => scenarioCodec.decode(new URLSearchParams(q), workbench);

describe('the scenario view in its URL', () => {
  it('reads back what it writes, the cascade and the assumptions with it', () => {
    const { value } = decode('target=JPN.senkaku&date=2024-11-01');
    const state = {
      ...value,
      draft: { ...value.draft, situations: { JPN: 'survival-threatening' } },
      mode: 'strict' as const,
      ran: true,
    };
    const again = decode(scenarioCodec.encode(state).toString());
    expect(again).toEqual({ value: state, notices: [] });
    expect(scenarioCodec.encode(state).get('assume')).toBe('JPN:survival-threatening');
  });

  it('keeps an unknown place for the engine to name, and replaces what a field cannot show, in words', () => {
    const { value, notices } = decode(
      'arch=atlantis&actor=XXX&target=XYZ.atlantis&mode=wild&assume=JPN:never',
    );
    expect(value.draft).toMatchObject({
      architecture: 'status-quo-2024',
      actor: 'CHN',
      place: 'XYZ.atlantis',
    });
    expect(value.mode).toBe('honoured');
    expect(notices).toHaveLength(4);
    expect(notices[0]).toMatch(
      /architecture "atlantis" is not one the workbench knows.*showing status-quo-2024/,
    );
  });

  it('reads a cut basing parameter as the defaults, and says so', () => {
    const { value, notices } = decode('basing=N4Ig');
    expect(value.draft.basing).toEqual({ strikes: 'struck', rangeKm: 1000, consent: {} });
    expect(notices).toEqual([
      "The link's basing assumptions could not be read; showing the defaults.",
    ]);
  });

  it('carries the later events of a scenario the library does not hold (a saved one)', () => {
    const { value } = decode('target=JPN.senkaku&date=2024-11-01');
    const later = {
      actor: 'USA',
      kind: 'armed-attack',
      date: '2024-11-02',
      target: { place: 'CHN.main' },
    } as const;
    const state = { ...value, draft: { ...value.draft, extraEvents: [later] } };
    const again = decode(scenarioCodec.encode(state).toString());
    expect(again.value.draft.extraEvents).toEqual([later]);
    expect(decode('more=N4Ig').notices).toEqual([
      "The link's later events could not be read (cut short?); left out.",
    ]);
  });
});
