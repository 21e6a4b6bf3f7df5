import { BasesOutputSchema } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

const ids = (out: string) => JSON.parse(out).bases.map((b: { id: string }) => b.id);

describe('casus bases', () => {
  it('lists the US facilities in Japan with their Article VI grant', async () => {
    const { code, stdout } = await runCasus(['bases', '--host', 'JPN', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(BasesOutputSchema.safeParse(out).success).toBe(true);
    expect(out.counted).toBe('existing');
    const kadena = out.bases.find((b: { id: string }) => b.id === 'kadena-air-base');
    expect(kadena).toMatchObject({ host: 'JPN', users: ['USA'], use: 'exclusive' });
    expect(kadena.grants[0]).toEqual({ agreement: 'us-japan-1960', article: 'Article VI' });
    expect(ids(stdout)).toEqual(expect.arrayContaining(['yokosuka-naval-base', 'camp-zama']));
  });

  it('counts a base only from its opening: China at Djibouti in 2016 and 2018', async () => {
    const before = await runCasus(['bases', '--user', 'CHN', '--date', '2016-12-31', '--json']);
    const after = await runCasus(['bases', '--user', 'CHN', '--date', '2018-01-01', '--json']);
    expect(ids(before.stdout)).toEqual([]);
    expect(ids(after.stdout)).toEqual(['pla-support-base-djibouti']);
  });

  it('does not have Japan host the Okinawa bases before the reversion of 15 May 1972 (Okinawa Reversion Agreement)', async () => {
    const okinawa = ['camp-hansen', 'camp-schwab', 'kadena-air-base', 'mcas-futenma'];
    const before = await runCasus(['bases', '--host', 'JPN', '--date', '1972-05-14', '--json']);
    const after = await runCasus(['bases', '--host', 'JPN', '--date', '1972-05-15', '--json']);
    expect(ids(before.stdout).filter((id: string) => okinawa.includes(id))).toEqual([]);
    expect(ids(after.stdout)).toEqual(expect.arrayContaining(okinawa));
    const kadena = JSON.parse(after.stdout).bases.find(
      (b: { id: string }) => b.id === 'kadena-air-base',
    );
    expect(kadena.opened.source).toContain('Okinawa Reversion Agreement');
    expect(kadena.opened.note).toContain('1 April 1945');
  });

  it('adds the JSDF base on Guam only under the revised alliance', async () => {
    const quo = await runCasus(['bases', '--user', 'JPN', '--json']);
    const revised = await runCasus([
      'bases',
      '--user',
      'JPN',
      '--architecture',
      'us-japan-revised',
      '--json',
    ]);
    expect(ids(quo.stdout)).toEqual(['jsdf-base-djibouti']);
    expect(ids(revised.stdout)).toEqual(['jsdf-base-djibouti', 'jsdf-guam-proposed']);
  });

  it('prints a table for people', async () => {
    const { code, stdout } = await runCasus(['bases', '--host', 'KOR']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^id\s+host\s+users\s+use/m);
    expect(stdout).toMatch(/camp-humphreys\s+KOR\s+USA\s+exclusive\s+1950-12-31/);
  });

  it('refuses an unknown state with the nearest code, and an impossible date', async () => {
    const state = await runCasus(['bases', '--host', 'JPX']);
    expect(state.code).toBe(1);
    expect(state.stderr).toContain('did you mean "JPN"?');
    const date = await runCasus(['bases', '--date', '2024-02-30']);
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('February 2024 has 29 days');
  });
});
