import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('GET /api/models/sources', () => {
  it('serves each parameter of the jobs’ reliability file with its source kind, the elicited priors with their survey', async () => {
    const app = await testApp();
    const r = await app.inject('/api/models/sources');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.sha256).toBe(hash(fittedReliabilityFile(testLibrary().dir)));
    expect(body.form).toBe('logistic-fitted');
    const kinds = new Set(body.sources.map((s: { kind: string }) => s.kind));
    expect([...kinds].sort()).toEqual(['assumption', 'elicited', 'fitted']);
    const invasion = body.sources.find(
      (s: { parameter: string }) =>
        s.parameter === 'declaratory.prior.taiwan-relations-act.tra-policy.invasion',
    );
    expect(invasion.survey).toMatchObject({ n: 52, fielded: { to: '2023-12-15' } });
    await app.close();
  });

  it('answers 503 with the located issues when the reliability file does not parse', async () => {
    const temp = tempDir();
    const broken = join(temp.dir, 'broken.yaml');
    const text = readFileSync(fittedReliabilityFile(testLibrary().dir), 'utf8');
    writeFileSync(broken, text.replace(/\n {8}n: 52\n/, '\n'));
    const app = await testApp({ reliability: broken });
    const r = await app.inject('/api/models/sources');
    expect(r.statusCode).toBe(503);
    expect(JSON.stringify(r.json())).toContain('/declaratory/priors/0/source/n');
    await app.close();
    temp.remove();
  });
});
