import { describe, expect, it } from 'vitest';
import { libraryFiles } from '../../test/library-files.ts';
import { buildLibrary, loadLibrary, withValues } from './load-library.ts';

const agreement = (extra: string) => `id: test-pact
name: Test pact
shortName: Test
type: defense
parties: [{ state: JPN }, { state: PHL }]
signed: 2026-01-01
${extra}`;

describe('files sent with their values', () => {
  // The workbench's worker loads the server's values instead of parsing the YAML again: the
  // library must come out the same, or the browser would answer from another library.
  it('build the same library, with the same issues, as the text alone', () => {
    const files = libraryFiles();
    const sent = JSON.parse(JSON.stringify(withValues(files))) as typeof files;
    expect(sent.filter((f) => f.value === undefined).map((f) => f.path)).toEqual([]);
    const fromText = buildLibrary(files);
    const fromValues = buildLibrary(sent);
    expect(fromValues.issues).toEqual(fromText.issues);
    for (const kind of ['agreements', 'places', 'bases', 'architectures', 'scenarios'] as const)
      expect([...fromValues.library[kind]]).toEqual([...fromText.library[kind]]);
  });

  it('still place an issue at its line and column, reading the text only then', () => {
    const text = agreement('articles: not-a-list\n');
    const file = { path: 'library/agreements/test.yaml', text };
    const [withValue] = withValues([file]);
    expect(withValue!.value).toMatchObject({ id: 'test-pact', articles: 'not-a-list' });
    const fromText = loadLibrary([file]);
    const fromValue = loadLibrary([withValue!]);
    expect(fromValue.ok).toBe(false);
    expect(fromValue.issues).toEqual(fromText.issues);
    const issue = fromValue.issues.find((i) => i.pointer === '/articles');
    expect(issue).toMatchObject({ line: 7, column: 11 });
  });

  it('leave a file JSON would change, or one that does not parse, to be read from its text', () => {
    const infinite = { path: 'library/agreements/a.yaml', text: agreement('weight: .inf\n') };
    const broken = { path: 'library/agreements/b.yaml', text: 'id: [unclosed\n' };
    const [a, b] = withValues([infinite, broken]);
    expect(a).toEqual(infinite);
    expect(b).toEqual(broken);
    expect(loadLibrary([b!]).issues[0]).toMatchObject({
      code: 'yaml_syntax',
      line: expect.any(Number),
    });
  });
});
