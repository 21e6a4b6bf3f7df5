import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fittedReliabilityFile } from '@casus/runner';
import { describe, expect, it } from 'vitest';
import { tempDir, testApp, testLibrary } from '../testing.ts';

const hash = (path: string) =>
  createHash('sha256').update(readFileSync(path, 'utf8')).digest('hex').slice(0, 16);

describe('GET /api/models/calibration', () => {
  it('serves the library’s fitted file’s diagrams, with the hash answers stamp a file with', async () => {
    const app = await testApp();
    const r = await app.inject('/api/models/calibration');
    expect(r.statusCode).toBe(200);
    const { calibration } = r.json();
    const file = fittedReliabilityFile(testLibrary().dir);
    expect(calibration.sha256).toBe(hash(file));
    expect(calibration.command).toMatch(
      /^casus fit .*--out library\/models\/reliability-fitted\.yaml$/,
    );
    expect(calibration.calibration.leaveOneWarOut.bins).toHaveLength(10);
    await app.close();
  });

  it('serves the jobs’ own reliability file’s when that is a fitted file', async () => {
    const temp = tempDir();
    const mine = join(temp.dir, 'mine-fitted.yaml');
    copyFileSync(fittedReliabilityFile(testLibrary().dir), mine);
    const app = await testApp({ reliability: mine });
    expect((await app.inject('/api/models/calibration')).json().calibration.file).toMatch(
      /mine-fitted\.yaml$/,
    );
    await app.close();
    temp.remove();
  });
});
