import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCasus } from './test-io.ts';

const korea = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'library/scenarios/korea-invasion-2025.yaml',
);
const dir = mkdtempSync(join(tmpdir(), 'casus-inputs-'));
const fifo = join(dir, 'pipe.yaml');
execFileSync('mkfifo', [fifo]);
const battery = join(dir, 'battery');
mkdirSync(battery);
execFileSync('mkfifo', [join(battery, 'x.yaml')]);
const huge = join(dir, 'huge.yaml');
writeFileSync(huge, '');
truncateSync(huge, 5 * 1024 * 1024);
const garbage = join(dir, 'garbage.duckdb');
writeFileSync(garbage, 'not a database, only some bytes\n'.repeat(200));

// Each of these hung, flooded memory or ended in a stack trace before (issue 11, items 7 and 8).
const cases: [string, string[], RegExp][] = [
  ['run on a FIFO', ['run', fifo], /pipe\.yaml: it is a FIFO \(named pipe\), not a regular file/],
  ['run on /dev/zero', ['run', '/dev/zero'], /\/dev\/zero: it is a device, not a regular file/],
  ['run --mode probabilistic on a FIFO', ['run', fifo, '--mode', 'probabilistic'], /FIFO/],
  [
    'run on a file over the size limit',
    ['run', huge],
    /5,242,880 bytes, more than the limit of 4,194,304 \(4 MiB\)/,
  ],
  ['validate on a FIFO', ['validate', fifo], /FIFO/],
  ['validate a folder holding a FIFO', ['validate', battery], /x\.yaml: it is a FIFO/],
  ['compare on a folder holding a FIFO', ['compare', battery], /x\.yaml: it is a FIFO/],
  ['compare on /dev/zero', ['compare', '/dev/zero'], /it is a device/],
  [
    '--reliability naming a folder',
    ['run', korea, '--mode', 'probabilistic', '--reliability', dir],
    /it is a folder, not a regular file/,
  ],
  [
    '--report in /proc',
    ['compare', '--report', '/proc/x'],
    /cannot write \/proc\/x: cannot create a file in \/proc/,
  ],
  ['--db naming a folder', ['data', 'status', '--db', dir], /it is a folder, not a regular file/],
  [
    '--db naming a garbage file',
    ['data', 'status', '--db', garbage],
    /is not a DuckDB database file/,
  ],
  [
    'dyads --db naming a garbage file',
    ['dyads', '--years', '1900', '--out', join(dir, 'd.csv'), '--db', garbage],
    /is not a DuckDB database file/,
  ],
  [
    'data import of a FIFO',
    ['data', 'import', dir, '--only', 'cow-majors'],
    /majors2016\.csv: it is a FIFO/,
  ],
  [
    'serve --host 999.1.1.1',
    ['serve', '--host', '999.1.1.1', '--port', '0'],
    /cannot listen on --host 999\.1\.1\.1/,
  ],
];
mkdirSync(join(dir, 'cow'));
execFileSync('mkfifo', [join(dir, 'cow', 'majors2016.csv')]);

describe('inputs that are not readable regular files', () => {
  it.each(cases)(
    '%s: exit 1 with words, before reading',
    async (_, argv, words) => {
      const { code, stderr } = await runCasus(argv);
      expect(stderr).toMatch(words);
      expect(stderr).not.toMatch(/internal error|\n\s+at /);
      expect(code).toBe(1);
    },
    30_000,
  );
});

describe('inputs the user may not read (EACCES)', () => {
  // Root reads any file, so as root the binary runs as nobody (uid 65534) to meet the refusal.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const open = mkdtempSync(join(tmpdir(), 'casus-eacces-'));
  chmodSync(open, 0o755);
  const locked = join(open, 'locked.yaml');
  writeFileSync(locked, 'id: x\n');
  chmodSync(locked, 0);
  const lockedDir = join(open, 'locked');
  mkdirSync(lockedDir);
  chmodSync(lockedDir, 0);

  it.each([
    ['run', ['run', locked], 'locked.yaml: permission denied'],
    ['validate', ['validate', locked], 'locked.yaml: permission denied'],
    ['validate a folder', ['validate', open], `the folder ${lockedDir}: permission denied`],
  ])(
    '%s: exit 1 with words, no stack trace',
    (_, argv, words) => {
      const r = spawnSync(process.execPath, ['packages/cli/bin/casus.js', ...argv], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, HOME: open },
        ...asUser,
      });
      expect(r.stderr).toContain(words);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.status).toBe(1);
    },
    60_000,
  );
});
