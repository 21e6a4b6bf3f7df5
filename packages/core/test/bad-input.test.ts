/** Recorded messages for bad input: each file under test/bad gives exactly its .expected.txt. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary, formatIssue, type Issue } from '../src/index.ts';
import { libraryFiles, repoRoot, yamlFiles } from './library-files.ts';

// UPDATE_RECORDINGS=1 npx vitest run packages/core/test/bad-input.test.ts rewrites the recordings; review the diff.
const update = process.env.UPDATE_RECORDINGS === '1';

function issuesFor(path: string): Issue[] {
  const bad = yamlFiles(path);
  const { issues } = buildLibrary([...libraryFiles(), ...bad]);
  return issues.filter((i) => i.file === bad[0]!.path);
}

describe.each(yamlFiles('packages/core/test/bad').map((f) => f.path))('%s', (path) => {
  const issues = issuesFor(path);
  const recording = resolve(repoRoot, path.replace(/\.yaml$/, '.expected.txt'));

  it('matches its recorded messages', () => {
    const text = `${issues.map(formatIssue).join('\n\n')}\n`;
    if (update || !existsSync(recording)) writeFileSync(recording, text);
    expect(text).toBe(readFileSync(recording, 'utf8'));
  });

  it('names the file, the line and what was expected in every error', () => {
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.file).toBe(path);
      expect(issue.line).toBeGreaterThan(0);
      expect(issue.column).toBeGreaterThan(0);
      expect(issue.expected ?? '').not.toBe('');
    }
  });
});

describe('specific bad inputs', () => {
  const codes = (name: string) => issuesFor(`packages/core/test/bad/${name}`).map((i) => i.code);

  it('an unknown state is reported with the nearest codes', () => {
    const [issue] = issuesFor('packages/core/test/bad/agreements/unknown-state.yaml');
    expect(issue).toMatchObject({ code: 'unknown_state', line: 5, pointer: '/members/2' });
  });

  it('a malformed date is an error, not a guess', () => {
    const issues = issuesFor('packages/core/test/bad/agreements/malformed-date.yaml');
    expect(issues.map((i) => [i.pointer, i.line])).toEqual([
      ['/signed', 6],
      ['/inForce', 7],
    ]);
  });

  it('a clause with no obligor says the field is required', () => {
    expect(codes('agreements/no-obligor.yaml')).toEqual(['missing_field']);
  });

  it('reports several errors at once', () => {
    expect(codes('agreements/unknown-area-and-field.yaml').sort()).toEqual(
      ['invalid_value', 'unknown_field'].sort(),
    );
  });

  it('a YAML syntax error gives its line and column', () => {
    const [issue] = issuesFor('packages/core/test/bad/agreements/yaml-syntax.yaml');
    expect(issue?.code).toBe('yaml_syntax');
    expect(issue?.line).toBeGreaterThanOrEqual(3);
  });

  it('an unknown place suggests the nearest place id', () => {
    const [issue] = issuesFor('packages/core/test/bad/scenarios/unknown-place.yaml');
    expect(issue).toMatchObject({ code: 'unknown_place', pointer: '/events/0/target/place' });
    expect(issue?.hint).toContain('JPN.senkaku');
  });
});
