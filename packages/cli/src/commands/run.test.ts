import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CascadeOutputSchema } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { runBinary, runCasus } from '../test-io.ts';

const repo = resolve(import.meta.dirname, '..', '..', '..', '..');
const korea = resolve(repo, 'library/scenarios/korea-invasion-2025.yaml');

describe('casus run', () => {
  it('prints the sides, the chain and the findings by round for the Korean scenario', async () => {
    const { code, stdout } = await runCasus(['run', korea, '--counterstrike-invokes', 'yes']);
    expect(code).toBe(0);
    expect(stdout).toContain('counter-strikes: yes (the literal reading');
    expect(stdout).toMatch(/USA\s+defender\s+1\s+defends South Korea under US–ROK/);
    expect(stdout).toMatch(/└─ USA \(round 1, defender\)/);
    expect(stdout).toMatch(/ {3}├─ CHN \(round 2, attacker\)/);
    expect(stdout).toMatch(/round 2 · event 2: USA armed-attack PRK.main/);
  });

  it('by default, stops at the United States and says which pacts its counter-strike did not invoke', async () => {
    const { code, stdout } = await runCasus(['run', korea]);
    expect(code).toBe(0);
    expect(stdout).toContain('counter-strikes: no (the initiator rule');
    expect(stdout).toContain('SIDES (3 states, 1 round(s))');
    expect(stdout).toMatch(
      /NOT INVOKED BY COUNTER-STRIKES[\s\S]*CHN → PRK, china-dprk-1961, Article II: a counter-strike on North Korea/,
    );
    expect(stdout).toMatch(/RUS → PRK, russia-dprk-2024, Article 4: a counter-strike/);
  });

  it('gives JSON of the documented shape, and takes --architecture and --mode', async () => {
    const { code, stdout } = await runCasus([
      'run',
      korea,
      '--mode',
      'strict',
      '--architecture',
      'asian-nato-exclusive',
      '--json',
    ]);
    expect(code).toBe(0);
    const out = CascadeOutputSchema.parse(JSON.parse(stdout));
    expect(out.header).toMatchObject({ architecture: 'asian-nato-exclusive', mode: 'strict' });
    expect(
      out.result.entries
        .filter((e) => e.round === 1)
        .map((e) => e.state)
        .sort(),
    ).toEqual(['AUS', 'PHL', 'USA']);
  });

  it('in probabilistic mode, counts the parameters by source kind and gives the Taiwan policy its elicited prior', async () => {
    const r = await runCasus([
      'run',
      'taiwan-invasion',
      '--mode',
      'probabilistic',
      '--trials',
      '500',
      '--seed',
      '1',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const tra = out.result.obligations.find(
      (o: { agreement: string }) => o.agreement === 'taiwan-relations-act',
    );
    expect(tra.terms).toMatchObject({ stakes: 'invasion', elicited: 0.828, statementsSince: 0 });
    const kinds = out.model.reliability.sources.map((s: { kind: string }) => s.kind);
    expect(kinds.filter((k: string) => k === 'elicited')).toHaveLength(3);
    const text = await runCasus([
      'run',
      'taiwan-invasion',
      '--mode',
      'probabilistic',
      '--trials',
      '500',
    ]);
    expect(text.stdout).toMatch(
      /^parameter sources: 10 fitted, 3 elicited, 0 cited, \d+ assumption; elicited from CSIS/m,
    );
  });

  it('takes --projection capital|bases, prints the rule and the base each state projects from', async () => {
    const run = (...extra: string[]) =>
      runCasus([
        'run',
        'korea-invasion-2025',
        '--mode',
        'probabilistic',
        '--trials',
        '500',
        ...extra,
      ]);
    const bases = await run('--projection', 'bases');
    expect(bases.code, bases.stderr).toBe(0);
    expect(bases.stdout).toContain('projection: bases (capability at the place is measured from');
    expect(bases.stdout).toMatch(
      /measured from \(projection bases\):[\s\S]*USA\s+from\s+Camp\s+Humphreys/,
    );
    const capital = await run('--json');
    expect(capital.code, capital.stderr).toBe(0);
    const out = JSON.parse(capital.stdout);
    // capital is the default: bases moves a state's whole capability to its nearest base.
    expect(out.assumptions.projection).toBe('capital');
    expect(out.result.projection.rule).toBe('capital');
    const usa = out.result.projection.from.find((f: { state: string }) => f.state === 'USA');
    expect(usa.base).toBeUndefined();
    expect(usa.km).toBeGreaterThan(10_000);
    const bad = await run('--projection', 'ships');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"ships" is neither capital nor bases');
    const honoured = await runCasus(['run', korea, '--projection', 'capital']);
    expect(honoured.stdout).toContain('projection: capital (');
    const help = await runCasus(['run', '--help']);
    expect(help.stdout).toContain('--projection capital|bases');
  });

  it('shows Japan’s position under its 2015 law when a strike on Guam hits the Self-Defense Forces there', async () => {
    const guam = resolve(repo, 'library/scenarios/guam-strike.yaml');
    const { code, stdout } = await runCasus(['run', guam, '--architecture', 'us-japan-revised']);
    expect(code).toBe(0);
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).toContain(
      "FORCES ABROAD JPN forces at Self-Defense Force training base on Guam (proposed) (Guam, administered by USA) attacked by PRK: Japan's Legislation for Peace and Security (2015) permits force only in an armed-attack situation or a survival-threatening situation, as Japan's government determines",
    );
    expect(flat).toContain('japan-2015-armed-attack-situation: not met');
    expect(flat).toContain(
      'japan-2015-survival-threatening-situation, for the United States: not met',
    );
    expect(flat).toContain('Japan is not at war.');
    expect(stdout).not.toMatch(/^JPN\s/m);
    const declared = await runCasus([
      'run',
      guam,
      '--architecture',
      'us-japan-revised',
      '--assume',
      'JPN=survival-threatening-situation',
    ]);
    expect(declared.stdout).toMatch(/^JPN\s+defender\s+1\s+defends the United States/m);
    expect(declared.stdout.replace(/\s+/g, ' ')).toContain(
      'japan-2015-survival-threatening-situation, for the United States: met. Japan enters in round 1',
    );
  });

  it('exits 1 with located errors for a bad scenario file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-run-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'id: bad\nname: Bad\ndescription: x\ndate: 2024-13-01\nevents:\n  - actor: CHN\n    kind: armed-attack\n    target: {place: JPN.senkakus}\n',
    );
    const { code, stderr } = await runCasus(['run', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.yaml:4:\d+ error invalid_value/);
  });

  it('exits 1 for an unknown mode', async () => {
    const r = await runCasus(['run', korea, '--mode', 'lazy']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--mode must be strict, honoured or probabilistic/);
  });

  it('exits 1, not 2, for a folder, and names a binary file without printing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-run-'));
    const binary = join(dir, 'photo.yaml');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0x00, 0x10, 0x4a, 0x46, 0x00, 0xc3]));
    const run = (file: string) => runBinary(['run', file]);
    const folder = run(dir);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/is a folder; give one scenario file/);
    const bin = run(binary);
    expect(bin.status).toBe(1);
    expect(bin.stderr).toMatch(/photo\.yaml error invalid_value\n {2}this is not a text file/);
    expect(bin.stderr).not.toContain('\u00ff');
  });
});
