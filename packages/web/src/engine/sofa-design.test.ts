import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Sofa } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { designPath, designYaml } from '../features/common/design-yaml.ts';
import { designFromSofa, toSofaInput } from '../features/sofa/sofa-design.ts';
import { handlers, loadFiles } from './handlers.ts';

const libraryDir = resolve(import.meta.dirname, '..', '..', '..', '..', 'library');
const files = readdirSync(libraryDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.cases.yaml'))
  .map((f) => ({ path: `library/${f}`, text: readFileSync(join(libraryDir, f), 'utf8') }));
const loaded = loadFiles(files);
const catalog = handlers.sofas(loaded, {});
const template = (id: string) => catalog.designs.find((s) => s.id === id) as Sofa;
const base = catalog.sofas.find((s) => s.id === 'us-japan-sofa-1960');
const incident = {
  person: 'member',
  onDuty: 'no',
  offence: 'murder',
  victim: 'host-national',
  heldBy: 'sending',
} as const;

const ask = (sofa: ReturnType<typeof toSofaInput>) =>
  handlers.sofaDesign(loaded, {
    yaml: designYaml('sofas', sofa, '2026-12-02'),
    path: designPath('sofas', sofa.id),
    base: 'us-japan-sofa-1960',
    date: '2026-12-02',
    incident,
  });

describe('a SOFA design in the worker', () => {
  it('offers every rule topic of core’s enum, the usual shape of each, and the library’s designs', () => {
    const topics = catalog.ruleTopics.map((t) => t.id);
    expect(topics).toEqual(expect.arrayContaining(['custody', 'host-law', 'access', 'management']));
    const gives = Object.fromEntries(catalog.ruleTopics.map((t) => [t.id, t.gives]));
    expect(gives).toMatchObject({
      'criminal-jurisdiction': 'right',
      custody: 'custody',
      'custody-transfer': 'request',
      'host-law': 'effect',
    });
    expect(catalog.answers.hostLaw).toEqual(['applies', 'partly', 'does-not-apply']);
    expect(catalog.designs.map((s) => s.id)).toContain('sofa-revision-custody-at-arrest');
  });

  it('checks the design as casus validate does, then diffs it against the base and answers the incident before and after', () => {
    const sofa = toSofaInput(designFromSofa(template('sofa-revision-custody-at-arrest')), base);
    const r = ask(sofa);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const row = r.diff!.rows.find((x) => x.topic === 'custody')!;
    expect(row.change).toBe('changed');
    expect(row.after.value).toMatch(/^receiving/);
    expect(r.diff!.changed).toBe(2);
    expect(r.before!.custody!.outcome).toMatchObject({ custody: 'sending' });
    expect(r.after!.custody!.outcome).toMatchObject({ custody: 'receiving' });
    expect(r.after!.custody!.rule).toBe('ca-heinous-custody');
  });

  it('gives back the validator’s issues and no answer for a broken design, and refuses a library id', () => {
    const design = designFromSofa(template('sofa-revision-custody-at-arrest'));
    const broken = ask(
      toSofaInput({ ...design, rules: [{ ...design.rules[0]!, source: '' }] }, base),
    );
    expect(broken.diff).toBeUndefined();
    expect(broken.issues.map((i) => [i.pointer, i.file])).toContainEqual([
      '/rules/0/assumption/source',
      designPath('sofas', design.id),
    ]);
    const copy = ask(toSofaInput({ ...design, id: 'sofa-revision-custody-at-arrest' }, base));
    expect(copy.issues[0]).toMatchObject({ code: 'duplicate_id', pointer: '/id' });
    // A reference only the library can check: an article the copied SOFA lacks.
    const wrong = ask(
      toSofaInput(
        {
          ...design,
          rules: [
            { ...design.rules[0]!, copies: [{ sofa: 'us-japan-sofa-1960', article: 'XCIX' }] },
          ],
        },
        base,
      ),
    );
    expect(wrong.issues[0]).toMatchObject({
      code: 'unknown_article',
      pointer: '/rules/0/assumption/copies/0/article',
    });
  });
});
