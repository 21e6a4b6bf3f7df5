/** Where tests find the shared research data (never committed): the folder $CASUS_DATA_MIRROR names, and nowhere else. */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

const mirror = process.env.CASUS_DATA_MIRROR;
/** The data folder; empty when CASUS_DATA_MIRROR is unset or a URL (the suites that need it skip). */
export const sharedDataDir = mirror && !/^https?:/.test(mirror) ? resolve(mirror) : '';

export const sharedDataAvailable =
  sharedDataDir !== '' && existsSync(join(sharedDataDir, 'cow', 'majors2016.csv'));

/** The describe-title suffix that says why a suite is skipped. */
export const needsSharedData = sharedDataAvailable
  ? ''
  : sharedDataDir === ''
    ? ' (skipped: CASUS_DATA_MIRROR is not set to a folder holding the research data, e.g. CASUS_DATA_MIRROR=/path/to/shared/data)'
    : ` (skipped: no research data at CASUS_DATA_MIRROR=${sharedDataDir}: cow/majors2016.csv is missing)`;

/**
 * A fresh temporary folder for one test file.
 * @example const dir = await tempDir('import');
 */
export const tempDir = (label: string): Promise<string> =>
  mkdtemp(join(tmpdir(), `casus-${label}-`));
