import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModelCalibration } from './calibration.ts';
import { defaultReliabilityFile, fittedReliabilityFile } from './context.ts';

const library = resolve(import.meta.dirname, '..', '..', '..', 'library');

/** A library folder with only the models given, copied from the repository's. */
function modelsDir(...models: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'casus-calibration-'));
  mkdirSync(join(dir, 'models'));
  for (const m of models) copyFileSync(join(library, 'models', m), join(dir, 'models', m));
  return dir;
}

describe('the calibration shown beside an answer', () => {
  it('is the library’s fitted file’s when the answer used the hand-set file', () => {
    const r = readModelCalibration(defaultReliabilityFile(library), library);
    expect(r.ok && r.value?.file).toMatch(/library\/models\/reliability-fitted\.yaml$/);
    expect(r.ok && r.value?.calibration.leaveOneWarOut.bins).toHaveLength(10);
  });

  it('is the used file’s own when the answer used a fitted file elsewhere', () => {
    const dir = modelsDir('reliability.yaml');
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'casus-fitted-')), 'mine.yaml');
    copyFileSync(fittedReliabilityFile(library), elsewhere);
    const r = readModelCalibration(elsewhere, dir);
    expect(r.ok && r.value?.file).toMatch(/mine\.yaml$/);
  });

  it('is null without a fitted file, and the located issues of one that does not parse', () => {
    const dir = modelsDir('reliability.yaml');
    expect(readModelCalibration(defaultReliabilityFile(dir), dir)).toMatchObject({ value: null });
    writeFileSync(fittedReliabilityFile(dir), 'version: 1\nform: logistic-fitted\n');
    const broken = readModelCalibration(defaultReliabilityFile(dir), dir);
    expect(broken.ok).toBe(false);
    expect(broken.issues[0]?.file).toMatch(/reliability-fitted\.yaml$/);
  });
});
