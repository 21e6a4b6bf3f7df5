import { describe, expect, it } from 'vitest';
import { decisionRef, overlappingDecisions, parseDecide } from './decision-overrides.ts';
import { emptyLibrary } from './library.ts';
import { Assumptions } from './scenario.ts';
import { checkAssumptions } from './scenario-checks.ts';

describe('decision overrides', () => {
  it('reads --decide into its key and a decimal probability', () => {
    expect(parseDecide('USA:TWN=0.6')).toEqual({ ok: true, decision: 'USA:TWN', p: 0.6 });
    expect(parseDecide('USA:JPN@us-japan-1960=1')).toEqual({
      ok: true,
      decision: 'USA:JPN@us-japan-1960',
      p: 1,
    });
    expect(parseDecide('USA:TWN=.25')).toMatchObject({ ok: true, p: 0.25 });
  });

  it.each([
    ['USA:TWN', 'has no "="'],
    ['USA-TWN=0.5', 'is not OBLIGOR:BENEFICIARY'],
    ['usa:twn=0.5', 'is not OBLIGOR:BENEFICIARY'],
    ['USA:TWN=60%', 'must be a decimal from 0 to 1'],
    ['USA:TWN=1.5', 'must be a decimal from 0 to 1'],
    ['USA:TWN=-0.1', 'must be a decimal from 0 to 1'],
    ['USA:TWN=', 'must be a decimal from 0 to 1'],
  ])('refuses %s in words', (text, words) => {
    const r = parseDecide(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(words);
  });

  it('finds keys that name one decision twice', () => {
    expect(decisionRef('USA:JPN')).toMatchObject({ obligor: 'USA', beneficiary: 'JPN' });
    expect(
      overlappingDecisions(['USA:JPN', 'USA:JPN@us-japan-1960', 'USA:KOR', 'USA:JPN@other']),
    ).toEqual([
      ['USA:JPN', 'USA:JPN@us-japan-1960'],
      ['USA:JPN', 'USA:JPN@other'],
    ]);
  });

  it('checks states with near names, agreements, and overlaps', () => {
    const a = Assumptions.parse({
      decisions: { 'USA:TWX': 0.5, 'USA:JPN': 0.4, 'USA:JPN@nope': 0.3 },
    });
    const issues = checkAssumptions(a, emptyLibrary());
    expect(issues.map((i) => i.code)).toEqual([
      'unknown_state',
      'unknown_agreement',
      'invalid_value',
    ]);
    expect(issues[0]!.hint).toContain('"TWN"');
    expect(issues[2]!.message).toBe(
      'decisions USA:JPN and USA:JPN@nope both set the probability of the same decision',
    );
  });

  it('refuses a probability outside [0, 1] in a scenario file', () => {
    expect(Assumptions.safeParse({ decisions: { 'USA:TWN': 1.2 } }).success).toBe(false);
    expect(Assumptions.safeParse({ decisions: { 'USA TWN': 0.5 } }).success).toBe(false);
  });
});
