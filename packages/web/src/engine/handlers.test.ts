import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerWords, baseLink, groupBasing } from '../features/cascade/basing.ts';
import { designPath, designYaml } from '../features/common/design-yaml.ts';
import { blankDesign, toAgreement } from '../features/designer/design.ts';
import { assumptionsOf, eventsOf, fromScenario } from '../features/scenario/draft.ts';
import { handlers, loadFiles } from './handlers.ts';

const libraryDir = resolve(import.meta.dirname, '..', '..', '..', '..', 'library');
const files = readdirSync(libraryDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ path: `library/${f}`, text: readFileSync(join(libraryDir, f), 'utf8') }));
const loaded = loadFiles(files);
const pact = toAgreement({ ...blankDesign(), id: 'jpn-phl-pact', members: ['JPN', 'PHL'] });

describe('engine worker handlers', () => {
  it('lists the library: states, places, architectures and proposals', () => {
    const c = handlers.init(loaded, {});
    expect(c.states.some((s) => s.id === 'JPN' && s.name === 'Japan')).toBe(true);
    expect(c.places.some((p) => p.id === 'JPN.senkaku')).toBe(true);
    expect(c.proposals.every((p) => p.kind === 'proposal')).toBe(true);
  });

  it('links the members of each agreement on the date, as the engine dates membership', () => {
    const on = (date: string) =>
      handlers.links(loaded, { architecture: 'status-quo', date } as never);
    const manila = (date: string) => on(date).find((a) => a.id === 'manila-pact-1954')!;
    // Pakistan left the Manila Pact in 1972: linked in 1960, not in 2026.
    expect(manila('1960-01-01').members).toContain('PAK');
    expect(manila('1960-01-01').pairs.some((p) => p.obligor === 'PAK')).toBe(true);
    expect(manila('2026-01-01').members).not.toContain('PAK');
    expect(
      manila('2026-01-01').pairs.some((p) => p.obligor === 'PAK' || p.beneficiary === 'PAK'),
    ).toBe(false);
    // NATO: the Federal Republic until 1990, united Germany after, never both.
    const nato = (date: string) => on(date).find((a) => a.id === 'nato-1949')!.members;
    expect(nato('1980-01-01')).toContain('GFR');
    expect(nato('1980-01-01')).not.toContain('DEU');
    expect(nato('2026-01-01')).toContain('DEU');
    expect(nato('2026-01-01')).not.toContain('GFR');
  });

  it('refuses a design that takes a library agreement’s id, even at that agreement’s own path', () => {
    const shadow = toAgreement({ ...blankDesign(), id: 'us-japan-1960', members: ['USA', 'JPN'] });
    const { issues } = handlers.validateDesign(loaded, {
      agreement: shadow,
      yaml: designYaml('agreements', shadow, '2025-06-01'),
      path: designPath('agreements', 'us-japan-1960'),
    });
    expect(issues.map((i) => i.code)).toEqual(['duplicate_id']);
    expect(issues[0]!.message).toMatch(/would replace the real one/);
  });

  it('finds the US duty under Article V for an attack on the Senkakus', () => {
    const r = handlers.findObligations(loaded, {
      architecture: 'status-quo',
      date: '2025-06-01',
      event: { actor: 'CHN', kind: 'armed-attack', target: { place: 'JPN.senkaku' } } as never,
    });
    expect(r.issues).toEqual([]);
    const duty = r.findings.find(
      (f) => f.fired && f.obligor === 'USA' && f.citation.article === 'Article V',
    );
    expect(duty?.obligation).toBe('must-defend');
  });

  it('names the agreements of the victim that oblige nobody to act, with their other members', () => {
    const r = handlers.findObligations(loaded, {
      architecture: 'status-quo',
      date: '2025-06-01',
      event: { actor: 'CHN', kind: 'armed-attack', target: { place: 'JPN.senkaku' } } as never,
    });
    const quad = r.noCommitments.find((n) => n.agreement === 'quad');
    expect(quad?.states).toEqual(expect.arrayContaining(['AUS', 'IND', 'USA']));
    expect(quad?.reason).toMatch(/obliges no member to act/);
    expect(r.noCommitments.map((n) => n.agreement)).not.toContain('us-japan-1960');
  });

  it('reports a bad event as located issues instead of throwing', () => {
    const r = handlers.findObligations(loaded, {
      architecture: 'status-quo',
      date: '2025-06-01',
      event: { actor: 'CHN', kind: 'armed-attack', target: { place: 'JPN.senkakus' } } as never,
    });
    expect(r.findings).toEqual([]);
    expect(r.noCommitments).toEqual([]);
    expect(r.issues[0]?.code).toBe('unknown_place');
  });

  it('links the in-force agreements of an architecture', () => {
    const links = handlers.links(loaded, { architecture: 'status-quo', date: '2025-06-01' });
    expect(links.map((a) => a.id)).toContain('us-japan-1960');
  });

  it('validates an exported design as casus validate would, and a bad one with its position', () => {
    const yaml = designYaml('agreements', pact as never, '2025-06-01');
    expect(
      handlers.validateDesign(loaded, {
        agreement: pact,
        yaml,
        path: designPath('agreements', 'jpn-phl-pact'),
      }).issues,
    ).toEqual([]);
    const bad = yaml.replace('- PHL', '- PHX');
    const issues = handlers.validateDesign(loaded, {
      agreement: pact,
      yaml: bad,
      path: designPath('agreements', 'jpn-phl-pact'),
    }).issues;
    expect(issues[0]).toMatchObject({
      code: 'unknown_state',
      file: 'library/agreements/jpn-phl-pact.yaml',
    });
    expect(issues[0]?.line).toBeGreaterThan(1);
  });

  it('shows the effect of a designed pact on the battery', () => {
    const { rows, issues } = handlers.battery(loaded, {
      architecture: 'status-quo',
      date: '2025-06-01',
      design: pact,
    });
    expect(issues).toEqual([]);
    const changed = rows.filter((r) => r.design.obliged.join() !== r.base.obliged.join());
    expect(changed.length).toBeGreaterThan(0);
    const senkaku = rows.find((r) => r.scenario === 'senkaku-landing');
    expect(senkaku?.design.obliged).toContain('PHL');
    // Japan's 2015 legislation keeps it out of the Philippines' defence unless a situation is declared.
    const shoal = loaded.library.scenarios.get('second-thomas-shoal')!;
    const r = handlers.findObligations(loaded, {
      architecture: 'status-quo',
      date: shoal.date,
      extra: [pact],
      event: shoal.events[0] as never,
    });
    const jpn = r.findings.find((f) => f.agreement === 'jpn-phl-pact' && f.obligor === 'JPN');
    expect(r.issues).toEqual([]);
    expect(jpn?.fired).toBe(false);
    expect(jpn?.failed?.test).toBe('domestic-constraint');
    // The battery row says so, from core's designEffect, with the law as the library holds it.
    const row = rows.find((x) => x.scenario === 'second-thomas-shoal')!;
    expect(row.changed).toBe(false);
    expect(row.idle.find((i) => i.obligor === 'JPN')?.law?.id).toBe('japan-peace-security-2015');
    expect(senkaku?.changed).toBe(true);
  });

  it('counts defence duties for the coverage matrix', () => {
    const { cells } = handlers.coverage(loaded, { architecture: 'status-quo', date: '2025-06-01' });
    expect(
      cells.find((c) => c.obligor === 'USA' && c.beneficiary === 'JPN')?.duties,
    ).toBeGreaterThan(0);
  });

  it('counts every COW major power of the date for "major powers on both sides", not a list of three', () => {
    // Germany and France are majors in COW's list; neither the US, China nor Russia joins.
    const polynesia = {
      path: 'library/scenarios/german-strike-on-polynesia.yaml',
      text: [
        'id: german-strike-on-polynesia',
        'name: A German strike on French Polynesia',
        'description: two major powers at war, outside the North Atlantic area',
        'architecture: status-quo',
        'date: 2024-11-01',
        'events:',
        '  - { id: strike, actor: DEU, kind: armed-attack, target: { place: FRA.french-polynesia } }',
      ].join('\n'),
    };
    const lib = loadFiles([...files, polynesia]);
    const rows = handlers.quickCompare(lib, { architectures: ['status-quo'] }).rows;
    expect(rows.find((r) => r.scenario === 'german-strike-on-polynesia')?.majorWar).toBe(true);
  });

  it('runs a drafted scenario with its basing answers: Kadena links Japan in when Japan consents, not when it refuses', () => {
    const scenario = loaded.library.scenarios.get('taiwan-invasion-basing' as never)!;
    const run = (answer: 'consents' | 'refuses', architecture = 'status-quo') => {
      const draft = fromScenario(scenario);
      const d = { ...draft, architecture, basing: { ...draft.basing, consent: { JPN: answer } } };
      return handlers.runCascade(loaded, {
        architecture,
        date: d.date,
        assumptions: assumptionsOf(d),
        events: eventsOf(d),
        mode: 'honoured',
      } as never).result!;
    };
    const yes = run('consents');
    const jpn = yes.entries.find((e) => e.state === 'JPN')!;
    expect(baseLink(jpn, yes.basing)).toBe('JPN ← CHN strikes USA forces at Kadena Air Base (JPN)');
    const japan = groupBasing(yes.basing).find((g) => g.host === 'JPN')!;
    expect(japan.bases.map((b) => b.name)).toContain('Kadena Air Base');
    expect(answerWords(japan)).toBe('JPN consents; struck by CHN');
    const no = run('refuses');
    expect(no.entries.some((e) => e.state === 'JPN')).toBe(false);
    expect(answerWords(groupBasing(no.basing).find((g) => g.host === 'JPN')!)).toBe(
      'JPN refuses, so not used',
    );
    const joint = run('consents', 'us-japan-revised');
    const linked = joint.entries.find((e) => e.state === 'JPN')!;
    expect(baseLink(linked, joint.basing)).toBe(
      'JPN ← USA: a joint decision to fight from Kadena Air Base (JPN)',
    );
  });
});
