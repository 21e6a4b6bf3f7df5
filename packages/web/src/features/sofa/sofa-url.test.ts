import { describe, expect, it } from 'vitest';
import { sofaCodec } from './sofa-url.ts';

const decode = (q: string) => sofaCodec.decode(new URLSearchParams(q), {} as never);

describe('the SOFA view in its URL', () => {
  it('reads back what it writes', () => {
    const state = {
      tab: '' as const,
      columns: ['us-japan-sofa-1960', 'germany-sa-1959'],
      date: '2024-06-01',
      incident: {
        sofa: 'us-japan-sofa-1960',
        date: '2024-05-01',
        person: 'civilian',
        onDuty: 'no',
        offence: 'murder',
        victim: 'third',
        heldBy: 'receiving',
        place: 'JPN.okinawa',
      },
    };
    expect(decode(sofaCodec.encode(state).toString())).toEqual({ value: state, notices: [] });
  });

  it('takes the first choice for a radio field it does not know, and says so', () => {
    const { value, notices } = decode('tab=elsewhere&sofa=x&person=alien');
    expect(value.tab).toBe('');
    expect(value.incident?.person).toBe('member');
    expect(notices).toHaveLength(2);
    expect(notices[1]).toMatch(/incident's person "alien".*showing member/);
  });
});
