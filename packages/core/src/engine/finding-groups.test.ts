import { describe, expect, it } from 'vitest';
import { findingsFor, worldOf } from '../../test/real-library.ts';
import { groupFindingsByClause, obligorsLabel } from './finding-groups.ts';

describe('findings grouped per clause', () => {
  it('prints NATO’s Article 4 for Guam once, for all its members', () => {
    const w = worldOf('status-quo', '2026-01-01');
    const groups = groupFindingsByClause(
      findingsFor(w, { actor: 'PRK', kind: 'armed-attack', target: { place: 'USA.guam' } }),
    );
    const nato4 = groups.filter((g) => g.first.clause === 'nato-1949-art4' && g.first.fired);
    expect(nato4).toHaveLength(1);
    expect(obligorsLabel(nato4[0]!.obligors)).toMatch(/^CAN, GBR, FRA \+\d+$/);
    expect(nato4[0]!.findings).toHaveLength(nato4[0]!.obligors.length);
  });
});
