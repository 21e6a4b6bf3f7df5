/**
 * The conditions of a slate's groups laid out flat in one array, each an opcode and its
 * operands, so that an answer reads them in order from one place: constant verdicts and verdict
 * tables inline (the verdict an event picks is copied, its pass read from a bit mask), calls
 * only for the tests that build their verdict from the event. On a world just built, every
 * object an answer follows is a miss in the processor's caches (about 250 ns each on the
 * development machine), and a slate's conditions read in order are one stream instead of a
 * chain of closures, their contexts and their tables.
 */
import type { Evaluation } from './evaluation.ts';
import type { Condition } from './finding.ts';
import type { Step } from './triggers/index.ts';

const PASS = 0;
const FAIL = 1;
const EVENT_KIND = 2;
const TARGET_KIND = 3;
const COUNTERSTRIKE = 4;
const AREA = 5;
const CALL = 6;
const END = 7;

type Test = (ev: Evaluation) => Condition;

/** An opcode (a number) or an operand: a verdict, a pass mask, an area's position or words, a test. */
export type Op = number | string | Condition | Test;
export type Program = readonly Op[];

/**
 * Appends a group's steps to a slate's program, ending with END, and says where they start:
 * PASS|FAIL verdict; EVENT_KIND|TARGET_KIND|COUNTERSTRIKE mask n verdict×n (bit i of the mask
 * is verdict i's pass); AREA at covers; CALL test.
 * @example const program = []; appendProgram(program, [inForce, eventKindTable]) // 0; program: [0, inForce, 2, 1, 7, verdict0, …, verdict6, 6]
 */
export function appendProgram(into: Op[], steps: readonly Step[]): number {
  const start = into.length;
  for (const step of steps) {
    if (typeof step === 'function') into.push(CALL, step);
    else if ('test' in step) into.push(step.pass ? PASS : FAIL, step);
    else if ('at' in step) into.push(AREA, step.at, step.covers);
    else {
      let mask = 0;
      step.verdicts.forEach((v, i) => {
        if (v.pass) mask |= 1 << i;
      });
      const op = {
        'event-kind': EVENT_KIND,
        'target-kind': TARGET_KIND,
        counterstrike: COUNTERSTRIKE,
      }[step.by];
      into.push(op, mask, step.verdicts.length, ...step.verdicts);
    }
  }
  into.push(END);
  return start;
}

/**
 * Runs a group's part of a program for an event, from `start`: appends each verdict to `trace`
 * up to the first that fails, and returns that one (undefined when all pass).
 * @example runProgram(slate.program, group.start, ev, trace) // {test: 'area', pass: false, reason: 'Article V covers …'}
 */
export function runProgram(
  program: Program,
  start: number,
  ev: Evaluation,
  trace: Condition[],
): Condition | undefined {
  let k = start;
  for (;;) {
    const op = program[k] as number;
    if (op === END) return undefined;
    let verdict: Condition;
    let pass: boolean;
    if (op === PASS || op === FAIL) {
      verdict = program[k + 1] as Condition;
      pass = op === PASS;
      k += 2;
    } else if (op === AREA) {
      pass = ev.inside[program[k + 1] as number] === true;
      const reason = (program[k + 2] as string) + (pass ? ev.phrases.within : ev.phrases.outside);
      verdict = { test: 'area', pass, reason };
      k += 3;
    } else if (op === CALL) {
      verdict = (program[k + 1] as Test)(ev);
      pass = verdict.pass;
      k += 2;
    } else {
      const i =
        op === EVENT_KIND
          ? ev.eventKindIndex
          : op === TARGET_KIND
            ? ev.targetKindIndex
            : Number(ev.event.counterstrike === true);
      verdict = program[k + 3 + i] as Condition;
      pass = (((program[k + 1] as number) >> i) & 1) === 1;
      k += 3 + (program[k + 2] as number);
    }
    // One push for every kind of step: each inlined copy would be more code for a cold answer to fetch.
    trace.push(verdict);
    if (!pass) return verdict;
  }
}
