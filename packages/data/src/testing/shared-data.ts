/** Where tests find the shared research data (never committed): $CASUS_DATA_MIRROR or ../shared/data beside the repo. */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

const mirror = process.env.CASUS_DATA_MIRROR;
export const sharedDataDir =
  mirror && !/^https?:/.test(mirror) ? resolve(mirror) : resolve(repoRoot, '..', 'shared', 'data');

export const sharedDataAvailable = existsSync(join(sharedDataDir, 'cow', 'majors2016.csv'));

/** The describe-title suffix that says why a suite is skipped. */
export const needsSharedData = sharedDataAvailable
  ? ''
  : ` (skipped: research data not found at ${sharedDataDir}; set CASUS_DATA_MIRROR or put shared/data beside the repo)`;

/**
 * A fresh temporary folder for one test file.
 * @example const dir = await tempDir('import');
 */
export const tempDir = (label: string): Promise<string> =>
  mkdtemp(join(tmpdir(), `casus-${label}-`));
