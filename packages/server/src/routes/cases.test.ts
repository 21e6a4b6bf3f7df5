/**
 * The worked examples of library/agreements/*.cases.yaml, asked of a real server on 127.0.0.1
 * over HTTP (POST /api/obligations); core and the CLI run the same list
 * (core/test/cases.test.ts, cli/src/commands/cases.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  findingsOf,
  formatIssue,
  type ObligationsOutput,
  parseCases,
  unmetExpectations,
} from '@casus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../start.ts';
import { testServer } from '../testing.ts';

const folder = resolve(import.meta.dirname, '..', '..', '..', '..', 'library', 'agreements');
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.cases.yaml'))
  .sort();

let server: RunningServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(async () => {
  await server.close();
});

it('finds the worked examples', () => expect(files.length).toBeGreaterThanOrEqual(7));

for (const file of files) {
  const parsed = parseCases(readFileSync(join(folder, file), 'utf8'), file);
  describe(`${file} through POST /api/obligations`, () => {
    if (!parsed.ok) {
      it('parses', () => expect(parsed.issues.map(formatIssue).join('\n')).toBe(''));
      return;
    }
    for (const c of parsed.value.cases)
      it(c.name, async () => {
        const body = {
          date: c.date,
          architecture: c.architecture,
          events: [c.event],
          assumptions: c.assumptions,
        };
        const r = await fetch(new URL('api/obligations', server.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const answer = (await r.json()) as ObligationsOutput;
        expect(r.status, JSON.stringify(answer)).toBe(200);
        expect(unmetExpectations(c, findingsOf(answer))).toEqual([]);
      });
  });
}
