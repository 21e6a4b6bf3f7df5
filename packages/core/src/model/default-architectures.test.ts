import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import type { Architecture } from './architecture.ts';
import { compareOrder, defaultArchitectures } from './default-architectures.ts';

const arch = (id: string, over: Partial<Architecture> = {}): Architecture => ({
  id: id as Architecture['id'],
  name: id,
  description: id,
  base: 'real',
  add: [],
  remove: [],
  bases: { add: [], remove: [] },
  assumptions: [],
  ...over,
});

describe('the architectures a comparison runs by default', () => {
  it('are the five the library marks, the status quo first, then in file order', () => {
    expect(defaultArchitectures(realLibrary().architectures.values())).toEqual([
      'status-quo',
      'asian-nato-exclusive',
      'asian-nato-inclusive',
      'asian-nato-japan-law-revised',
      'us-japan-revised',
    ]);
  });

  it('put the baseline first: an architecture that adds a base is not one', () => {
    const bases = arch('bases', { bases: { add: ['x' as never], remove: [] } });
    const pact = arch('pact', { add: ['p' as never] });
    expect(compareOrder([bases, pact, arch('plain')]).map((a) => a.id)).toEqual([
      'plain',
      'bases',
      'pact',
    ]);
  });

  it('are every architecture when the library marks none', () => {
    const all = [arch('b', { add: ['p' as never] }), arch('a')];
    expect(defaultArchitectures(all)).toEqual(['a', 'b']);
    expect(defaultArchitectures([...all, arch('c', { default: true })])).toEqual(['c']);
  });
});
