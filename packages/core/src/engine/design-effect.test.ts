/**
 * A designed Japan–Philippines pact under the status quo: it makes the Philippines defend Japan at
 * the Senkakus, but adds nothing at Second Thomas Shoal, because Japan's 2015 legislation
 * (library/agreements/japan-peace-security-2015.yaml) lets Japan use force for another state only
 * for a close partner, which the library records as the United States alone.
 */
import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import { Agreement } from '../model/agreement.ts';
import type { AgreementId, ArchitectureId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { designEffect } from './design-effect.ts';
import { prepareWorld } from './world.ts';

const library = realLibrary();
const pactId = 'jpn-phl-pact' as AgreementId;
const pact = Agreement.parse({
  id: pactId,
  name: 'Japan–Philippines mutual defence pact',
  shortName: 'JPN–PHL pact',
  kind: 'proposal',
  members: ['JPN', 'PHL'],
  summary: 'A test design.',
  articles: [
    {
      article: 'Article 1',
      textStatus: 'not-quoted',
      source: 'a test design',
      clauses: [
        {
          id: 'jpn-phl-pact-art1',
          type: 'defense',
          obligors: 'members',
          beneficiaries: 'members',
          response: 'constitutional',
          trigger: { events: ['armed-attack'], targets: ['territory', 'public-vessel'] },
          summary: 'Each member must defend the others against an armed attack.',
        },
      ],
    },
  ],
  sources: ['a test design'],
});

const withPact: Library = {
  ...library,
  agreements: new Map(library.agreements).set(pactId, pact),
  architectures: new Map(library.architectures).set('with-pact' as ArchitectureId, {
    ...library.architectures.get('status-quo' as ArchitectureId)!,
    id: 'with-pact' as ArchitectureId,
    add: [...library.architectures.get('status-quo' as ArchitectureId)!.add, pactId],
  }),
};

function effectAt(scenarioId: string) {
  const s = [...library.scenarios.values()].find((x) => x.id === scenarioId)!;
  const on = (lib: Library, architecture: string) =>
    prepareWorld(lib, { architecture, date: s.date, assumptions: s.assumptions });
  return designEffect(on(library, 'status-quo'), on(withPact, 'with-pact'), s.events, [pactId]);
}

describe('designEffect', () => {
  it("says Japan's 2015 law is why the pact adds nothing at Second Thomas Shoal", () => {
    const e = effectAt('second-thomas-shoal');
    expect(e.changed).toBe(false);
    expect(e.design).toEqual(e.base);
    const japan = e.idle.find((i) => i.obligor === 'JPN');
    expect(japan).toMatchObject({
      why: 'did-not-arise',
      beneficiary: 'PHL',
      article: 'Article 1',
      condition: { test: 'domestic-constraint', pass: false },
      law: { id: 'japan-peace-security-2015' },
    });
    expect(japan?.reason).toContain('close relationship');
    expect(japan?.law?.summary).toContain('survival-threatening situation');
    expect(japan?.law?.sources.join(' ')).toContain('treaty-texts.md');
  });

  it('reports no reasons where the pact changes the outcome', () => {
    const e = effectAt('senkaku-landing');
    expect(e.changed).toBe(true);
    expect(e.design.obliged).toContain('PHL');
    expect(e.base.obliged).not.toContain('PHL');
    expect(e.idle).toEqual([]);
  });

  it('names the failed condition of a clause the event does not meet', () => {
    const e = effectAt('airspace-incursion-2024');
    expect(e.changed).toBe(false);
    expect(e.idle[0]?.condition?.test).toBe('event-kind');
    expect(e.idle[0]?.law).toBeUndefined();
  });

  it('says why no clause was asked when no member is attacked', () => {
    const e = effectAt('guam-strike');
    expect(e.changed).toBe(false);
    expect(e.idle).toEqual([]);
    expect(e.untouched).toMatch(
      /^JPN–PHL pact protects Japan and the Philippines; this scenario attacks only the United States/,
    );
  });
});
