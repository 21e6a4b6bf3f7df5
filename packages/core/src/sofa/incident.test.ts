import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import { asDate } from '../model/ids.ts';
import type { Sofa, SofaId } from '../model/sofa.ts';
import { decideIncident } from './incident.ts';
import { answerIncident } from './incident-input.ts';
import type { IncidentFacts } from './rule-conditions.ts';

const lib = realLibrary();
const sofa = (id: string): Sofa => lib.sofas.get(id as SofaId)!;
const facts = (over: Partial<IncidentFacts> = {}): IncidentFacts => ({
  date: asDate('2024-06-01'),
  person: 'member',
  onDuty: 'no',
  offence: 'assault',
  victim: 'host-national',
  heldBy: 'sending',
  ...over,
});

describe('decideIncident under the NATO SOFA', () => {
  const nato = [sofa('nato-sofa-1951')];

  it('gives the receiving State the primary right for an off-duty assault on a national (VII(3)(b))', () => {
    const a = decideIncident(nato, facts());
    expect(a.jurisdiction).toMatchObject({
      rule: 'nato-vii-3b',
      outcome: { right: 'primary', holder: 'receiving' },
    });
    expect(a.custody).toMatchObject({ rule: 'nato-vii-5c', outcome: { custody: 'sending' } });
    expect(a.requests.map((r) => r.rule)).toEqual(['nato-vii-3c-waiver-to-sending']);
    const official = a.notApplied.find((m) => m.rule === 'nato-vii-3a-ii');
    expect(official?.reason).toContain('off duty');
  });

  it('gives the sending State the primary right for an act on official duty (VII(3)(a)(ii))', () => {
    const a = decideIncident(nato, facts({ onDuty: 'certified' }));
    expect(a.jurisdiction?.outcome).toEqual({ right: 'primary', holder: 'sending' });
    expect(a.custody).toBeUndefined();
    expect(a.notApplied.find((m) => m.rule === 'nato-vii-5c')?.reason).toContain('jurisdiction');
  });

  it('makes an offence against military law only exclusive to the sending State (VII(2)(a))', () => {
    const a = decideIncident(nato, facts({ offence: 'military-offence' }));
    expect(a.jurisdiction).toMatchObject({ rule: 'nato-vii-2a', outcome: { right: 'exclusive' } });
    expect(a.requests).toEqual([]);
  });

  it('does not apply before the SOFA entered into force', () => {
    const a = decideIncident(nato, facts({ date: asDate('1952-01-01') }));
    expect(a.jurisdiction).toBeUndefined();
    expect(a.notApplied[0]?.reason).toContain('1953-08-23');
  });

  it('leaves a dependent out of VII(3)(a) and VII(5)(c), which name members and the civilian component', () => {
    const a = decideIncident(nato, facts({ person: 'dependent', victim: 'sending-state' }));
    expect(a.jurisdiction?.rule).toBe('nato-vii-3b');
    expect(a.custody).toBeUndefined();
  });
});

describe('layering: Germany on the NATO SOFA', () => {
  const chain = [sofa('germany-sa-1959'), sofa('nato-sofa-1951')];

  it('keeps NATO VII(3)(b) and replaces its custody and waiver rules with Articles 22 and 19', () => {
    const a = decideIncident(chain, facts());
    expect(a.jurisdiction?.rule).toBe('nato-vii-3b');
    expect(a.custody).toMatchObject({ rule: 'de-22-custody', sofa: 'germany-sa-1959' });
    expect(a.requests.map((r) => r.rule).sort()).toEqual(['de-19-waiver', 'de-22-transfer']);
    expect(a.notApplied.find((m) => m.rule === 'nato-vii-5c')?.reason).toContain('displaced by');
  });
});

describe('dated versions: the 1995 arrangement', () => {
  const japan = [sofa('us-japan-sofa-1960')];
  const murder = facts({ offence: 'murder' });

  it('lets Japan ask for custody before indictment in a murder case after October 1995', () => {
    const a = decideIncident(japan, murder);
    expect(a.requests.map((r) => r.rule)).toContain('jp-1995-heinous');
  });

  it('did not exist before it', () => {
    const a = decideIncident(japan, { ...murder, date: asDate('1995-09-04') });
    expect(a.requests.map((r) => r.rule)).not.toContain('jp-1995-heinous');
    expect(a.notApplied.find((m) => m.rule === 'jp-1995-heinous')?.reason).toContain('1995-10-31');
  });

  it('does not reach a theft', () => {
    const a = decideIncident(japan, facts({ offence: 'theft' }));
    expect(a.notApplied.find((m) => m.rule === 'jp-1995-heinous')?.reason).toContain('offence');
  });
});

describe('answerIncident: checked input', () => {
  const input = {
    sofa: 'germany-sa-1959',
    date: '2024-06-01',
    person: 'civilian',
    onDuty: 'no',
    offence: 'theft',
    victim: 'third',
  };

  it('answers through the layer chain', () => {
    const r = answerIncident(lib, input);
    expect(r.ok && r.value.sofa.layers).toEqual(['nato-sofa-1951']);
  });

  it('returns located issues for an unknown SOFA, a bad date and a bad person, never throws', () => {
    const r = answerIncident(lib, {
      ...input,
      sofa: 'germany-sa',
      date: '2024-02-30',
      person: 'soldier',
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.pointer).sort()).toEqual(['/date', '/person']);
    const s = answerIncident(lib, { ...input, sofa: 'germany-sa' });
    expect(s.issues[0]).toMatchObject({
      code: 'unknown_sofa',
      hint: 'did you mean "germany-sa-1959"?',
    });
  });
});
