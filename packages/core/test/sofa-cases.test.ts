/**
 * Runs every worked example in library/sofas/*.cases.yaml through answerIncident; the same list
 * runs through the CLI (cli/src/commands/sofa-cases.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  answerIncident,
  formatIssue,
  parseSofaCases,
  unmetSofaExpectations as unmet,
} from '../src/index.ts';
import { yamlFiles } from './library-files.ts';
import { realLibrary } from './real-library.ts';

const files = yamlFiles('library/sofas').filter((f) => f.path.endsWith('.cases.yaml'));

it('finds worked examples for the NATO, Japanese and German SOFAs', () => {
  const names = files.map((f) => f.path.split('/').at(-1));
  for (const id of ['nato-sofa-1951', 'us-japan-sofa-1960', 'germany-sa-1959'])
    expect(names).toContain(`${id}.cases.yaml`);
});

for (const file of files) {
  const parsed = parseSofaCases(file.text, file.path);
  describe(file.path, () => {
    if (!parsed.ok) {
      it('parses', () => expect(parsed.issues.map(formatIssue).join('\n')).toBe(''));
      return;
    }
    for (const c of parsed.value.cases)
      it(c.name, () => {
        const r = answerIncident(realLibrary(), { ...c.incident, sofa: parsed.value.sofa });
        if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
        expect(unmet(c, r.value)).toEqual([]);
      });
  });
}
