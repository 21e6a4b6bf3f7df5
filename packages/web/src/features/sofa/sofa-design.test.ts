import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseLibraryFile, type Sofa, Sofa as SofaSchema, validate } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { designPath, designYaml } from '../common/design-yaml.ts';
import {
  blankSofaDesign,
  designFromSofa,
  fieldOfIssue,
  isSofaDesign,
  issuesByField,
  newRule,
  toSofaInput,
} from './sofa-design.ts';

const libraryFile = (id: string) => {
  const path = resolve(import.meta.dirname, '../../../../../library/sofas', `${id}.yaml`);
  const r = parseLibraryFile('sofas', { path, text: readFileSync(path, 'utf8') });
  if (!r.ok) throw new Error(r.issues[0]!.message);
  return r.value[0]![0] as Sofa;
};
const usJapan = { sending: ['USA'], receiving: ['JPN'] };

describe('the SOFA designer’s form', () => {
  it.each([
    'sofa-revision-custody-at-arrest',
    'sofa-revision-german-model',
    'sofa-revision-joint-management',
  ])(
    'gives back %s’s rules and articles, under an id of its own, as YAML the schema reads',
    (id) => {
      const sofa = libraryFile(id);
      const input = toSofaInput(designFromSofa(sofa), usJapan);
      const yaml = designYaml('sofas', input, '2026-12-02');
      const r = parseLibraryFile('sofas', { path: designPath('sofas', input.id), text: yaml });
      expect(r.issues).toEqual([]);
      const back = r.ok ? (r.value[0]![0] as Sofa) : undefined;
      expect(back?.id).toBe(`${id}-design`);
      expect(back?.layerOn).toBe('us-japan-sofa-1960');
      expect(back?.rules).toEqual(sofa.rules);
      expect(back?.articles).toEqual(sofa.articles);
      expect(back?.assumptions).toEqual(sofa.assumptions);
      expect(back?.sources).toEqual(sofa.sources);
    },
  );

  it('keeps what every rule of every library SOFA gives, and when, whatever its topic', () => {
    const dir = resolve(import.meta.dirname, '../../../../../library/sofas');
    const ids = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') && !f.endsWith('.cases.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''));
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      const sofa = libraryFile(id);
      const back = toSofaInput(designFromSofa(sofa), usJapan).rules ?? [];
      expect(back.map((r) => [r.topic, r.gives, r.when ?? {}, r.replaces ?? []])).toEqual(
        sofa.rules.map((r) => [r.topic, r.gives, r.when, r.replaces]),
      );
    }
  });

  it('writes a custody-at-arrest rule from its fields: offences and the jurisdiction it needs become conditions', () => {
    const design = blankSofaDesign({ id: 'us-japan-sofa-1960', shortName: 'US–Japan SOFA' });
    const rule = {
      ...newRule(design, 'custody', 'custody'),
      offences: ['rape', 'murder'],
      jurisdiction: 'receiving' as const,
      gives: { ...newRule(design, 'custody', 'custody').gives, until: 'trial' },
    };
    const input = toSofaInput({ ...design, rules: [rule] }, usJapan);
    expect(input.rules?.[0]).toMatchObject({
      id: 'custody-1',
      topic: 'custody',
      when: { offences: ['rape', 'murder'], jurisdiction: ['receiving'] },
      gives: { custody: 'receiving', until: 'trial' },
    });
    expect(input.articles).toEqual([
      {
        article: 'Proposed article on custody',
        textStatus: 'not-quoted',
        description: '',
        source: 'Assumption of this design.',
      },
    ]);
    // Empty fields stay empty, for core's schema to name: the assumption's source among them.
    const r = validate(SofaSchema, input, 'design');
    const pointers = r.issues.map((i) => i.pointer);
    expect(pointers).toContain('/rules/0/assumption/source');
    expect(pointers).toContain('/articles/0/description');
    const byField = issuesByField(r.issues, { ...design, rules: [rule] });
    expect(byField.get('rules.0.source')?.length).toBe(1);
    expect(byField.get('rules.0.description')?.length).toBe(1);
    expect(byField.get('sources')?.length).toBe(1);
  });

  it('numbers new rules apart and names the field of each pointer', () => {
    const design = blankSofaDesign({ id: 'x', shortName: 'X' });
    const one = newRule(design, 'access', 'effect');
    expect(newRule({ ...design, rules: [one] }, 'access', 'effect').id).toBe('access-2');
    const two = { ...design, rules: [one, { ...one, id: 'b' }] };
    expect(fieldOfIssue({ pointer: '/rules/1/assumption/says' }, two)).toBe('rules.1.says');
    expect(fieldOfIssue({ pointer: '/rules/0' }, two)).toBe('rules.0.rule');
    expect(fieldOfIssue({ pointer: '/rules/0/gives/effect' }, two)).toBe('rules.0.gives');
    expect(fieldOfIssue({ pointer: '/articles/0/source' }, two)).toBe('rules.0.articleSource');
    expect(fieldOfIssue({ pointer: '/layerOn' }, two)).toBe('base');
    expect(fieldOfIssue({ pointer: '' }, two)).toBe('design');
  });

  it('takes back a stored design and drops a value of another shape', () => {
    const design = designFromSofa(libraryFile('sofa-revision-german-model'));
    expect(isSofaDesign(JSON.parse(JSON.stringify(design)))).toBe(true);
    expect(isSofaDesign(null)).toBe(false);
    expect(isSofaDesign({ id: 'x', base: 'y', rules: [{ topic: 'custody' }] })).toBe(false);
  });
});
