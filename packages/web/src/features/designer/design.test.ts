import { Agreement, parseLibraryFile, validate } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { designPath, designYaml } from '../common/design-yaml.ts';
import { blankDesign, designFrom, designOf, toAgreement } from './design.ts';

describe('designed pacts', () => {
  const design = { ...blankDesign(), id: 'jpn-phl', members: ['JPN', 'PHL'] };

  it('become proposals that the library schema accepts', () => {
    const r = validate(Agreement, toAgreement(design), 'design');
    expect(r.issues).toEqual([]);
    expect(r.ok && r.value.articles[0]?.clauses[0]?.trigger?.events).toEqual(['armed-attack']);
  });

  it('export as YAML that parses back to the same agreement', () => {
    const yaml = designYaml('agreements', toAgreement(design) as never, '2025-06-01');
    expect(yaml.split('\n')[2]).toBe(
      '# Check it with: casus validate library/agreements/jpn-phl.yaml',
    );
    const parsed = parseLibraryFile('agreements', {
      path: designPath('agreements', 'jpn-phl'),
      text: yaml,
    });
    expect(parsed.ok).toBe(true);
    const direct = validate(Agreement, toAgreement(design), 'design');
    expect(parsed.ok && direct.ok && parsed.value[0]?.[0]).toEqual(direct.ok && direct.value);
  });

  it('drop named parties that are no longer members', () => {
    const clause = { ...design.clauses[0]!, obligors: ['USA'] as string[] };
    const a = toAgreement({ ...design, clauses: [clause] }) as {
      articles: { clauses: { obligors: unknown }[] }[];
    };
    expect(a.articles[0]?.clauses[0]?.obligors).toBe('members');
  });

  it('manage their members’ bases jointly when asked, and read that back from a proposal', () => {
    expect(toAgreement(design)).not.toHaveProperty('institutions');
    const joint = validate(Agreement, toAgreement({ ...design, basing: 'joint-decision' }), 'd');
    expect(joint.ok && joint.value.institutions[0]).toMatchObject({
      kind: 'joint-basing',
      hosts: ['JPN', 'PHL'],
      combatUse: 'joint-decision',
    });
    const consent = validate(Agreement, toAgreement({ ...design, basing: 'host-consent' }), 'd');
    expect(consent.ok && designFrom(consent.value).basing).toBe('host-consent');
  });

  it('start from a proposal under a new id, citing it', () => {
    const proposal = validate(
      Agreement,
      { ...toAgreement(design), id: 'asian-nato', name: 'Asian NATO', shortName: 'AN' },
      'p',
    );
    const d = designFrom(proposal.ok ? proposal.value : (undefined as never));
    expect([d.id, d.basedOn, d.clauses.length]).toEqual(['asian-nato-variant', 'asian-nato', 1]);
  });

  it('reopen as saved: an agreement made from a design gives that design back', () => {
    const saved = { ...design, basing: 'host-consent' as const, basedOn: 'asian-nato-exclusive' };
    const agreement = validate(Agreement, toAgreement(saved), 'saved');
    expect(agreement.ok && designOf(agreement.value)).toEqual(saved);
  });
});
