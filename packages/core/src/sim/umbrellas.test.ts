import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import { architectureAgreements } from '../engine/in-force.ts';
import { Agreement } from '../model/agreement.ts';
import type { ArchitectureId, IsoDate, StateId } from '../model/ids.ts';
import { umbrellasOver } from './umbrellas.ts';

const library = realLibrary();
const agreementsOf = (architecture: string) =>
  architectureAgreements(library, library.architectures.get(architecture as ArchitectureId)!);
/** A hand-made treaty of Japan and Australia from 2000 with one institution. */
const pactWith = (institution: Record<string, unknown>) =>
  Agreement.safeParse({
    id: 'test-umbrella',
    name: 'a test umbrella',
    shortName: 'test',
    kind: 'treaty',
    members: ['JPN', 'AUS'],
    inForce: '2000-01-01',
    summary: 'hand-made',
    institutions: [{ name: 'x', source: 'test', ...institution }],
    sources: ['test'],
  });

const over = (architecture: string, states: string[], date: string) =>
  umbrellasOver(agreementsOf(architecture), states as StateId[], date as IsoDate).map(
    (u) => `${u.covered}<${u.provider}:${u.agreement}`,
  );

describe('nuclear umbrellas', () => {
  it('cover a state from the date its institution records, by the agreement that carries it', () => {
    expect(over('status-quo', ['JPN'], '2024-11-01')).toEqual(['JPN<USA:us-japan-1960']);
    expect(over('status-quo', ['JPN'], '1965-01-12')).toEqual([]);
    expect(over('status-quo', ['KOR'], '2023-04-26')).toEqual(['KOR<USA:us-rok-1953']);
    expect(over('status-quo', ['KOR'], '2023-04-25')).toEqual([]);
  });

  it('read "members" on the date, never the provider itself', () => {
    expect(over('status-quo', ['EST', 'USA'], '2025-01-01')).toEqual(['EST<USA:nato-1949']);
    expect(over('status-quo', ['EST'], '2003-01-01')).toEqual([]);
  });

  it('come with an architecture that adds them, and leave with one that removes their agreement', () => {
    expect(over('status-quo', ['PHL'], '2025-01-01')).toEqual([]);
    expect(over('asian-nato-nuclear-sharing', ['PHL'], '2025-01-01')).toEqual([
      'PHL<USA:asian-nuclear-sharing',
    ]);
    expect(over('us-japan-revised', ['JPN'], '2025-01-01').sort()).toEqual([
      'JPN<USA:us-japan-revised',
      'JPN<USA:us-japan-revised',
    ]);
  });

  it('need a provider that is nuclear-armed on the date', () => {
    const pact = pactWith({ kind: 'extended-deterrence', provider: 'JPN', covers: ['AUS'] });
    if (!pact.success) throw new Error('the hand-made pact does not parse');
    expect(umbrellasOver([pact.data], ['AUS' as StateId], '2025-01-01' as IsoDate)).toEqual([]);
  });

  it('are refused without a provider and the states covered', () => {
    const bad = pactWith({ kind: 'extended-deterrence' });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain(
      'names its provider and the states it covers',
    );
  });
});
