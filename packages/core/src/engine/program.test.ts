import { describe, expect, it } from 'vitest';
import type { Evaluation } from './evaluation.ts';
import type { Condition } from './finding.ts';
import { appendProgram, type Op, runProgram } from './program.ts';
import type { Step } from './triggers/index.ts';

const verdict = (test: Condition['test'], pass: boolean, reason: string): Condition => ({
  test,
  pass,
  reason,
});
const inForce = verdict('in-force', true, 'in force since 1949-08-24');
const suspended = verdict('exception', false, 'suspended');
// Answers the first and third event kinds only.
const kinds: Step = {
  by: 'event-kind',
  verdicts: [0, 1, 2].map((i) => verdict('event-kind', i !== 1, `kind ${i}`)),
};
const targets: Step = {
  by: 'target-kind',
  verdicts: [0, 1].map((i) => verdict('target-kind', i === 1, `target ${i}`)),
};
const area: Step = { at: 1, covers: 'Article 6 covers the North Atlantic' };
const initiator: Step = {
  by: 'counterstrike',
  verdicts: [verdict('initiator', true, 'attacked'), verdict('initiator', false, 'struck back')],
};
const called = verdict('adversary', true, 'called');

const event = (
  eventKindIndex: number,
  targetKindIndex: number,
  inside: boolean,
  counterstrike?: true,
) =>
  ({
    event: { counterstrike },
    eventKindIndex,
    targetKindIndex,
    inside: [false, inside],
    phrases: { within: '; Norway lies within it', outside: '; Guam lies outside it' },
  }) as unknown as Evaluation;

describe('a slate program', () => {
  const program: Op[] = [];
  const first = appendProgram(program, [inForce, kinds, targets, initiator, area, () => called]);
  const second = appendProgram(program, [inForce, suspended, kinds]);
  const run = (start: number, ev: Evaluation) => {
    const trace: Condition[] = [];
    return { failed: runProgram(program, start, ev, trace), trace };
  };

  it('passes every step the event meets, in order, and stops at its group', () => {
    const { failed, trace } = run(first, event(2, 1, true));
    expect(failed).toBeUndefined();
    expect(trace).toEqual([
      inForce,
      kinds.verdicts[2],
      targets.verdicts[1],
      initiator.verdicts[0],
      {
        test: 'area',
        pass: true,
        reason: 'Article 6 covers the North Atlantic; Norway lies within it',
      },
      called,
    ]);
  });

  it("picks the event's own verdict from a table, and stops at the first that fails", () => {
    expect(run(first, event(1, 1, true))).toEqual({
      failed: kinds.verdicts[1],
      trace: [inForce, kinds.verdicts[1]],
    });
    expect(run(first, event(0, 0, true)).failed).toBe(targets.verdicts[0]);
    expect(run(first, event(0, 1, true, true)).failed).toBe(initiator.verdicts[1]);
  });

  it('words an area it is outside with the place', () => {
    expect(run(first, event(0, 1, false)).failed).toEqual({
      test: 'area',
      pass: false,
      reason: 'Article 6 covers the North Atlantic; Guam lies outside it',
    });
  });

  it('starts a later group where it was appended, and fails on a failed verdict', () => {
    expect(second).toBeGreaterThan(first);
    expect(run(second, event(0, 1, true))).toEqual({
      failed: suspended,
      trace: [inForce, suspended],
    });
  });
});
