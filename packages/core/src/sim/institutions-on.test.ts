import { describe, expect, it } from 'vitest';
import { Agreement } from '../model/agreement.ts';
import type { IsoDate } from '../model/ids.ts';
import { institutionsOn } from './institutions-on.ts';

const pact = (institutions: Record<string, unknown>[]) =>
  Agreement.parse({
    id: 'test-pact',
    name: 'a test pact',
    shortName: 'test',
    kind: 'treaty',
    members: ['USA', 'AUS'],
    inForce: '1952-04-29',
    summary: 'hand-made',
    institutions: institutions.map((i) => ({ name: 'x', source: 'test', ...i })),
    sources: ['test'],
  });
const on = (a: Agreement, date: string) => institutionsOn(a, date as IsoDate);

describe('institutionsOn', () => {
  it('is dormant once every institution has ended, as the Manila Pact after SEATO', () => {
    const seato = pact([{ kind: 'secretariat', inForce: '1955-02-19', ended: '1977-06-30' }]);
    expect(on(seato, '1970-01-01')).toMatchObject({
      dormant: false,
      live: [{ kind: 'secretariat' }],
    });
    expect(on(seato, '2024-01-01')).toEqual({ live: [], dormant: true });
  });

  it('is not dormant before its only institution begins (ANZUS before the 2016 umbrella)', () => {
    const umbrella = pact([
      { kind: 'extended-deterrence', provider: 'USA', covers: ['AUS'], inForce: '2016-02-25' },
    ]);
    expect(on(umbrella, '1990-01-01')).toEqual({ live: [], dormant: false });
    expect(on(umbrella, '2024-01-01').live).toHaveLength(1);
  });
});
