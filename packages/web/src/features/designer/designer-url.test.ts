import { describe, expect, it } from 'vitest';
import type { Workbench } from '../common/catalog-context.tsx';
import { blankDesign, defenceClause } from './design.ts';
import { designerCodec } from './designer-url.ts';

const workbench = {
  catalog: {
    architectures: [{ id: 'status-quo-2024' }, { id: 'asian-nato-exclusive' }],
    states: [{ id: 'JPN' }, { id: 'PHL' }, { id: 'USA' }],
    proposals: [],
  },
} as unknown as Workbench;

const decode = (q: string) => designerCodec.decode(new URLSearchParams(q), workbench);

describe('the designer in its URL', () => {
  it('reads back what it writes, with the articles packed only when they are not the blank one', () => {
    const plain = {
      design: { ...blankDesign(), members: ['JPN', 'PHL'] },
      base: 'status-quo-2024',
    };
    const query = designerCodec.encode(plain);
    expect(query.has('clauses')).toBe(false);
    expect(decode(query.toString())).toEqual({ value: plain, notices: [] });
    const two = {
      design: {
        ...plain.design,
        id: 'jpn-phl',
        basing: 'joint-decision' as const,
        clauses: [
          defenceClause(),
          { ...defenceClause(), type: 'consultation' as const, area: 'x' },
        ],
      },
      base: 'asian-nato-exclusive',
    };
    const packed = designerCodec.encode(two).toString();
    expect(decode(packed)).toEqual({ value: two, notices: [] });
    expect(packed.length).toBeLessThan(400);
  });

  it('falls back, in words, for cut articles, unknown members and an unknown proposal', () => {
    const { value, notices } = decode('members=JPN,XXX&clauses=N4Ig&from=nowhere-pact');
    expect(value.design.members).toEqual(['JPN']);
    expect(value.design.clauses).toEqual(blankDesign().clauses);
    expect(notices.join(' ')).toMatch(/nowhere-pact.*XXX.*could not be read/);
  });
});
