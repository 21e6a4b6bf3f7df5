/**
 * The worked examples of library/agreements/*.cases.yaml, run through `casus obligations --json`
 * as a user types it (events in their one-line form, situations as --assume); core and the API
 * run the same list (core/test/cases.test.ts, server/src/routes/cases.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Event,
  findingsOf,
  formatIssue,
  parseCases,
  unmetExpectations,
  type WorkedCase,
} from '@casus/core';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCasus } from '../test-io.ts';

const folder = join(repoRoot, 'library', 'agreements');
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.cases.yaml'))
  .sort();

/** An event in the one-line form `--event` takes (a target's free-words `detail` has none, and decides nothing). */
function spec(e: Event): string {
  const t = e.target;
  if (!('state' in t)) return `${e.actor} ${e.kind} ${t.place}`;
  const where = t.at ? t.at.join(',') : t.place;
  return `${e.actor} ${e.kind} ${t.state}:${t.asset}@${where}`;
}

function argv(c: WorkedCase): string[] {
  const { situations, unstatedConditions, counterstrikeInvokes } = c.assumptions;
  return [
    'obligations',
    '--json',
    '--date',
    c.date,
    '--architecture',
    c.architecture,
    '--event',
    spec(c.event),
    '--unstated',
    unstatedConditions,
    '--counterstrike-invokes',
    counterstrikeInvokes,
    ...Object.entries(situations).flatMap(([state, s]) => ['--assume', `${state}=${s}`]),
  ];
}

it('finds the worked examples', () => expect(files.length).toBeGreaterThanOrEqual(7));

for (const file of files) {
  const parsed = parseCases(readFileSync(join(folder, file), 'utf8'), file);
  describe(`${file} through casus obligations --json`, () => {
    if (!parsed.ok) {
      it('parses', () => expect(parsed.issues.map(formatIssue).join('\n')).toBe(''));
      return;
    }
    for (const c of parsed.value.cases)
      it(c.name, async () => {
        const { code, stdout, stderr } = await runCasus(argv(c));
        expect(code, stderr).toBe(0);
        expect(unmetExpectations(c, findingsOf(JSON.parse(stdout)))).toEqual([]);
      });
  });
}
