import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runCasus } from '../test-io.ts';

const repo = resolve(import.meta.dirname, '..', '..', '..', '..');

describe('casus validate', () => {
  it('accepts the whole curated library', async () => {
    const { code, stdout, stderr } = await runCasus(['validate', resolve(repo, 'library')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/file\(s\) checked: no problems/);
  });

  it('reports every error of a bad folder with its file and line, and exits 1', async () => {
    const { code, stderr } = await runCasus(['validate', resolve(repo, 'packages/core/test/bad')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/unknown-state\.yaml:5:21 error unknown_state/);
    expect(stderr).toMatch(/malformed-date\.yaml:6:9 error invalid_value/);
    expect(stderr).toMatch(/no-obligor\.yaml:15:9 error missing_field/);
    expect(stderr).toMatch(/yaml-syntax\.yaml:\d+:\d+ error yaml_syntax/);
    expect(stderr).toMatch(/unknown-place\.yaml:10:14 error unknown_place/);
    expect(stderr).toMatch(/sofas\/unknown-article\.yaml:16:14 error unknown_article/);
    expect(stderr).toContain('did you mean "Article VII(5)(c)"?');
    expect(stderr).toMatch(/sofas\/unknown-article\.yaml:22:12 error quote_not_in_text/);
  });

  it('reads a scenario outside the library against the library', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-validate-'));
    const file = join(dir, 'guam.yaml');
    writeFileSync(
      file,
      'id: guam\nname: Guam\ndescription: A strike on Guam.\ndate: 2025-01-01\nevents:\n  - actor: PRK\n    kind: armed-attack\n    target: {place: USA.guam}\n',
    );
    expect((await runCasus(['validate', file])).code).toBe(0);
    writeFileSync(file, 'id: guam\nname: Guam\ndescription: x\ndate: 2025-01-01\nevents: []\n');
    const bad = await runCasus(['validate', file, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).issues[0]).toMatchObject({ pointer: '/events', line: 5 });
  });

  it('reads a file outside library/sofas as a SOFA with --kind sofa, and refuses an unknown kind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-validate-kind-'));
    const file = join(dir, 'my-design.yaml');
    const design = readFileSync(
      resolve(repo, 'library/sofas/sofa-revision-custody-at-arrest.yaml'),
      'utf8',
    ).replace(/^id: .*$/m, 'id: my-design');
    writeFileSync(file, design);
    // By its folder it is a scenario, and not a valid one.
    expect((await runCasus(['validate', file])).code).toBe(1);
    const asSofa = await runCasus(['validate', '--kind', 'sofa', file]);
    expect(asSofa.stderr).toBe('');
    expect(asSofa.code).toBe(0);
    // Checked against the library: a rule copying an article the base SOFA lacks is located.
    writeFileSync(
      file,
      design.replace('article: 1995 Joint Committee agreement', 'article: Article XCIX'),
    );
    const bad = await runCasus(['validate', '--kind', 'sofa', file, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).issues[0]).toMatchObject({
      code: 'unknown_article',
      pointer: '/rules/0/assumption/copies/0/article',
    });
    const unknown = await runCasus(['validate', '--kind', 'sofas', file]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"sofas" is neither place nor');
  });

  it('runs as a real process with meaningful exit codes and never a stack trace', () => {
    const good = runBinary(['validate', 'library/agreements']);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/no problems/);
    const bad = runBinary(['validate', 'packages/core/test/bad']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
    expect(runBinary(['validate']).status).toBe(1);
    expect(runBinary(['validate', '/no/such/path']).status).toBe(1);
  });

  it('refuses hostile YAML with located issues, short output and no Node warning (issue 11)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-validate-hostile-'));
    writeFileSync(join(dir, 'deep.yaml'), `a: ${'{a: '.repeat(2000)}1${'}'.repeat(2000)}\n`);
    writeFileSync(join(dir, 'complex-key.yaml'), 'id: k\n? [a, b]\n: 1\n');
    const huge = 'x'.repeat(1_000_000);
    writeFileSync(
      join(dir, 'huge.yaml'),
      `id: h\nname: H\ndescription: d\ndate: 2025-01-01\nevents:\n  - actor: PRK\n    kind: ${huge}\n    target: {place: USA.guam}\n`,
    );
    const { status, stderr } = runBinary(['validate', dir]);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /deep\.yaml:1:\d+ error yaml_limit\n {2}the YAML is nested deeper than 64 levels/,
    );
    expect(stderr).toMatch(
      /complex-key\.yaml:2:3 error yaml_syntax\n {2}a map key is itself a map/,
    );
    expect(stderr).toMatch(/huge\.yaml:7:11 error invalid_value/);
    expect(stderr).not.toMatch(/Warning|\(node:\d+\)|Maximum call stack/);
    expect(stderr.split('x'.repeat(200))).toHaveLength(2);
    expect(stderr.length).toBeLessThan(2000);
  });
});
