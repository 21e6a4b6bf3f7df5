#!/usr/bin/env node
// Runs every check (lint and format, type check, unit and end-to-end tests) and ends with one
// line "N passed, N failed, N skipped" counting each check and each test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (label, cmd, args) => {
  process.stdout.write(`\n== ${label}: ${cmd} ${args.join(' ')}\n`);
  return spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
};

const bin = (name) => `node_modules/.bin/${name}`;
const checks = [
  ['lint and format', bin('biome'), ['check', '.']],
  ['type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['type check (core)', bin('tsc'), ['-p', 'packages/core/tsconfig.json', '--noEmit']],
];
if (existsSync('packages/web/tsconfig.json'))
  checks.push(['type check (web)', bin('tsc'), ['-p', 'packages/web/tsconfig.json', '--noEmit']]);

let passed = 0;
let failed = 0;
for (const [label, cmd, args] of checks) {
  if (run(label, cmd, args)) passed++;
  else failed++;
}

mkdirSync('artifacts', { recursive: true });
const report = 'artifacts/vitest.json';
// A report left by an earlier run must never be counted: if vitest dies before writing one, the
// run fails.
rmSync(report, { force: true });
if (!process.env.CASUS_DATA_MIRROR)
  console.log('\nCASUS_DATA_MIRROR is not set: the tests on the research data will be skipped.');
const ok = run('tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  // A suite that fails to load counts as a failure even though none of its tests ran.
  failed += r.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
} else {
  console.log(`\nvitest wrote no ${report}: counted as a failure`);
  failed++;
}
if (!ok && failed === 0) failed++;

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed === 0 ? 0 : 1;
