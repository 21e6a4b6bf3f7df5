import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

const base = ['sofa', 'compare', 'us-japan-sofa-1960', 'germany-sa-1959', '--date', '2024-06-01'];

describe('casus sofa compare', () => {
  it('prints each row with the article and text status under every answer, and the caveat', async () => {
    const { code, stdout } = await runCasus(base);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /US–Japan SOFA \(1960\)\s+sending, until Japan charges \(indicts\) him \[Article XVII\(5\)\(c\), verbatim\]/,
    );
    expect(stdout).toContain('nato-sofa-1951 Article VII(3), verbatim');
    expect(stdout).toContain('CAVEAT (Foreign Minister Taro Kono');
  });

  it('writes one CSV line per cell, and JSON', async () => {
    const csv = await runCasus([...base, '--csv', '--topics', 'custody,access']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('topic,sofa,value,articles,textStatus,rules,gaps');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/^access,germany-sa-1959,on-notice,/);
    const json = await runCasus([...base, '--json', '--topics', 'host-law']);
    expect(JSON.parse(json.stdout).rows[0].cells[1].value).toBe('applies');
  });

  it('exits 1 with the nearest names for an unknown SOFA or topic, and for no SOFA', async () => {
    const bad = await runCasus(['sofa', 'compare', 'germany-sa', '--topics', 'custdy']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('did you mean "germany-sa-1959"?');
    expect(bad.stderr).toContain('did you mean "custody"?');
    expect((await runCasus(['sofa', 'compare'])).code).toBe(1);
  });
});
