import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fittedReliabilityFile,
  handSetReliabilityFile,
  loadSimContext,
  modelStamp,
} from './context.ts';
import { repositoryLibraryDir } from './testing.ts';

const libraryDir = repositoryLibraryDir;
const fittedText = readFileSync(fittedReliabilityFile(libraryDir), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'casus-context-'));

/** A copy of the fitted file with one edit, and the context that loading it gives. */
function loadEdited(name: string, from: string, to: string) {
  expect(fittedText).toContain(from);
  const file = join(tmp, name);
  writeFileSync(file, fittedText.replace(from, to));
  return loadSimContext({ libraryDir, reliability: file });
}

describe('the reliability model a context loads', () => {
  it('is the fitted file by default, stamped with its form, coefficients and assumptions', () => {
    const r = loadSimContext({ libraryDir });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.params.form).toBe('logistic-fitted');
    expect(r.value.paramsFile).toMatch(/library\/models\/reliability-fitted\.yaml$/);
    const stamp = modelStamp(r.value).reliability;
    expect(stamp.form).toBe('logistic-fitted');
    const postwar = /name: postwar\n {4}term: .*\n {4}estimate: (\S+)/.exec(fittedText)![1]!;
    expect(stamp.values.coefficients!.postwar).toBe(Number(postwar));
    expect(stamp.values.assumptions!.domesticConstraint).toBe(0.05);
    expect(stamp.formula).toContain('β·postwar');
  });

  it('is the hand-set file when --reliability names it', () => {
    const r = loadSimContext({ libraryDir, reliability: handSetReliabilityFile(libraryDir) });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.params.form).toBe('logistic');
    expect(modelStamp(r.value).reliability.values.base!.duty).toBe(0.75);
  });

  it.each(['democracy', 'capabilityChange'])(
    'refuses a fitted file with %s, a term it cannot compute, at the term’s line',
    (term) => {
      const r = loadEdited(`${term}.yaml`, 'name: depth', `name: ${term}`);
      expect(r.ok).toBe(false);
      const issue = r.issues.find((i) => i.pointer.startsWith('/coefficients/'))!;
      const line = fittedText.split('\n').findIndex((l) => l.includes('name: depth')) + 1;
      expect(issue).toMatchObject({
        file: expect.stringMatching(new RegExp(`${term}\\.yaml$`)),
        line,
      });
      expect(issue.received).toBe(`"${term}"`);
      expect(issue.expected).toContain('casus fit --without democracy,capabilityChange');
    },
  );

  it('refuses a fitted file that lacks an assumption the simulation needs', () => {
    const r = loadEdited('no-dormant.yaml', '  dormant:\n', '  dormancy:\n');
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.pointer).sort()).toEqual([
      '/assumptions/dormancy',
      '/assumptions/dormant',
    ]);
  });
});
