/**
 * The worked examples of library/sofas/*.cases.yaml, run through `casus sofa incident --json` as a
 * user types it; core runs the same list (core/test/sofa-cases.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatIssue,
  type IncidentAnswer,
  parseSofaCases,
  type SofaCase,
  unmetSofaExpectations,
} from '@casus/core';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCasus } from '../test-io.ts';

const folder = join(repoRoot, 'library', 'sofas');
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.cases.yaml'))
  .sort();

function argv(sofa: string, c: SofaCase): string[] {
  const i = c.incident;
  return [
    'sofa',
    'incident',
    '--json',
    '--sofa',
    sofa,
    '--date',
    i.date,
    '--person',
    i.person,
    '--on-duty',
    i.onDuty,
    '--offence',
    i.offence,
    '--victim',
    i.victim,
    '--held-by',
    i.heldBy,
    ...(i.place ? ['--place', i.place] : []),
  ];
}

it('finds the worked examples', () => expect(files.length).toBeGreaterThanOrEqual(3));

for (const file of files) {
  const parsed = parseSofaCases(readFileSync(join(folder, file), 'utf8'), file);
  describe(`${file} through casus sofa incident --json`, () => {
    if (!parsed.ok) {
      it('parses', () => expect(parsed.issues.map(formatIssue).join('\n')).toBe(''));
      return;
    }
    for (const c of parsed.value.cases)
      it(c.name, async () => {
        const { code, stdout, stderr } = await runCasus(argv(parsed.value.sofa, c));
        expect(code, stderr).toBe(0);
        expect(unmetSofaExpectations(c, JSON.parse(stdout) as IncidentAnswer)).toEqual([]);
      });
  });
}
