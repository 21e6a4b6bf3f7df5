import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

const base = [
  'sofa',
  'diff',
  'us-japan-sofa-1960',
  'sofa-revision-german-model',
  '--date',
  '2024-06-01',
];

describe('casus sofa diff', () => {
  it('prints each topic, the changed ones before → after with the articles and the assumption', async () => {
    const { code, stdout } = await runCasus(base);
    expect(code).toBe(0);
    expect(stdout).toContain('4 of 13 topics change their answer');
    expect(stdout).toMatch(
      /HOST AUTHORITIES' ACCESS TO FACILITIES: CHANGED\n {2}before {2}discretion-of-sending \[Article III, partial;[^\n]*\n {2}after {3}on-notice \[Proposed Article III/,
    );
    expect(stdout).toContain('copies germany-sa-1959 UP Re Article 53 (4bis)');
    expect(stdout).toMatch(/MANAGEMENT OF FACILITIES \(EXCLUSIVE OR JOINT\): same/);
  });

  it('writes JSON with the topics asked for', async () => {
    const { code, stdout } = await runCasus([...base, '--json', '--topics', 'host-law']);
    expect(code).toBe(0);
    const d = JSON.parse(stdout);
    expect(d.rows).toHaveLength(1);
    expect(d.rows[0]).toMatchObject({
      topic: 'host-law',
      change: 'changed',
      before: { value: 'does-not-apply' },
      after: { value: 'applies' },
    });
    expect(d.to.kind).toBe('proposal');
  });

  it('exits 1 with the nearest id for an unknown SOFA or topic, and without two ids', async () => {
    const bad = await runCasus([
      'sofa',
      'diff',
      'us-japan-sofa-1960',
      'sofa-revision-joint',
      '--topics',
      'managment',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('SOFA B error unknown_sofa');
    expect(bad.stderr).toContain('did you mean "sofa-revision-joint-management"');
    expect(bad.stderr).toContain('did you mean "management"?');
    expect((await runCasus(['sofa', 'diff', 'us-japan-sofa-1960'])).code).toBe(1);
    const help = await runCasus(['sofa', 'diff', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: casus sofa diff A B');
  });
});
