/**
 * Runs every worked example in library/agreements/*.cases.yaml through findObligations; the same
 * list runs through the CLI (cli/src/commands/cases.test.ts) and the API (server/src/routes/cases.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  findObligations,
  formatIssue,
  parseCases,
  prepareWorld,
  unmetExpectations,
} from '../src/index.ts';
import { yamlFiles } from './library-files.ts';
import { realLibrary } from './real-library.ts';

const files = yamlFiles('library/agreements').filter((f) => f.path.endsWith('.cases.yaml'));

it('finds worked examples for the core agreements', () => {
  const names = files.map((f) => f.path.split('/').at(-1));
  for (const id of [
    'us-japan-1960',
    'us-philippines-1951',
    'anzus-1951',
    'taiwan-relations-act',
    'us-rok-1953',
    'nato-1949',
    'japan-peace-security-2015',
  ])
    expect(names).toContain(`${id}.cases.yaml`);
});

for (const file of files) {
  const parsed = parseCases(file.text, file.path);
  describe(file.path, () => {
    if (!parsed.ok) {
      it('parses', () => expect(parsed.issues.map(formatIssue).join('\n')).toBe(''));
      return;
    }
    for (const c of parsed.value.cases)
      it(c.name, () => {
        const world = prepareWorld(realLibrary(), c);
        expect(unmetExpectations(c, findObligations(world, c.event))).toEqual([]);
      });
  });
}
