/** One Monte Carlo trial: a breadth-first walk over a compiled cascade, one uniform draw per obligation reached. */
import type { CompiledCascade } from './compiled-cascade.ts';
import type { Rng } from './rng.ts';

/** Buffers reused across trials, so a trial allocates nothing. */
export interface TrialState {
  /** −1 out; 0 attacker side; 1 defender side. */
  side: Int8Array;
  /** The round in which each state entered (valid where side ≥ 0). */
  round: Int32Array;
  /** After a trial: the states at war, ascending, in `entered[0..enteredCount)`; the next trial resets only those. */
  entered: Int32Array;
  enteredCount: number;
  /** How many round-0 states there are: the cascade lists them first. */
  principals: number;
  /** Per decision, per volunteer: the trial in which it was last taken. */
  edgeStamp: Int32Array;
  volunteerStamp: Int32Array;
  stamp: number;
  /**
   * Each probability times 2³²: a 32-bit draw u is below p·2³² exactly when u / 2³² is below p
   * (both scalings are exact), so a draw needs no division and goes the way `next() < p` would.
   */
  edgeThreshold: Float64Array;
  volunteerThreshold: Float64Array;
  frontier: Int32Array;
  next: Int32Array;
  /** [start, end) pairs into `anchored`: the volunteers made eligible by the last round's entries, and by this round's. */
  ranges: Int32Array;
  nextRanges: Int32Array;
  /** The union of several eligible lists, ascending, built with a per-volunteer mark. */
  merged: Int32Array;
  mark: Int32Array;
  markStamp: number;
}

const TWO_32 = 4294967296;

function principalCount(initialSide: Int8Array): number {
  let count = 0;
  while (count < initialSide.length && initialSide[count]! >= 0) count++;
  for (let s = count; s < initialSide.length; s++)
    if (initialSide[s]! >= 0) throw new Error('a compiled cascade lists its round-0 states first');
  return count;
}

function thresholds(p: Float64Array): Float64Array {
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = p[i]! * TWO_32;
  return out;
}

export function createTrialState(c: CompiledCascade): TrialState {
  const n = c.states.length;
  const volunteers = c.volunteerState.length;
  const bound = c.initialEdges.length + c.edgeNext.length + c.volunteerNext.length + 1;
  return {
    side: c.initialSide.slice(),
    round: new Int32Array(n),
    entered: new Int32Array(n),
    enteredCount: 0,
    principals: principalCount(c.initialSide),
    edgeStamp: new Int32Array(c.decisions),
    volunteerStamp: new Int32Array(volunteers),
    stamp: 0,
    edgeThreshold: thresholds(c.edgeP),
    volunteerThreshold: thresholds(c.volunteerP),
    frontier: new Int32Array(bound),
    next: new Int32Array(bound),
    ranges: new Int32Array(2 * (n + 1)),
    nextRanges: new Int32Array(2 * (n + 1)),
    merged: new Int32Array(volunteers),
    mark: new Int32Array(volunteers),
    markStamp: 0,
  };
}

/** True with probability threshold / 2³²; draws nothing when that is 0 or 1, so those cases are exact. */
const draw = (rng: Rng, threshold: number): boolean =>
  threshold >= TWO_32 ? true : threshold <= 0 ? false : rng.nextU32() < threshold;

/** Writes the union of `count` lists of `anchored` into `t.merged`, ascending, and returns its length. */
function mergeRanges(
  anchored: Int32Array,
  t: TrialState,
  ranges: Int32Array,
  count: number,
): number {
  const { mark, merged } = t;
  const stamp = ++t.markStamp;
  let lo = mark.length;
  let hi = -1;
  for (let i = 0; i < count; i++)
    for (let j = ranges[2 * i]!; j < ranges[2 * i + 1]!; j++) {
      const v = anchored[j]!;
      mark[v] = stamp;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  let m = 0;
  for (let v = lo; v <= hi; v++) if (mark[v] === stamp) merged[m++] = v;
  return m;
}

/** Sorts list[0..n) ascending in place (a handful of states). */
function sortPrefix(list: Int32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > x) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
}

/**
 * Runs one trial; afterwards `t.side` and `t.round` say who entered, on which side, when.
 * Each obligation is decided at most once per trial, the first time an event reaches it. A
 * volunteer is considered once per trial, in the first round after one of its anchors entered on
 * its side, after that round's obligations and in volunteer order: the order of draws is that of
 * a scan of every volunteer every round, without the scan. One long function on purpose: the
 * walk's counters stay in registers (docs/simulation.md, "What bounds the rate").
 * @example runTrial(compiled, forkStream(1, 0), createTrialState(compiled))
 */
export function runTrial(c: CompiledCascade, rng: Rng, t: TrialState): void {
  const { side, round, entered, edgeStamp, volunteerStamp, edgeThreshold, volunteerThreshold } = t;
  const { edgeObligor, edgeBeneficiary, edgeDecision, edgeNextStart, edgeNext } = c;
  const { anchoredStart, anchored, volunteerState, volunteerSide } = c;
  const { volunteerNextStart, volunteerNext } = c;
  const { initialSide, initialEdges } = c;
  const stamp = ++t.stamp;
  // Typed-array set and fill cost more than these few writes.
  for (let k = 0; k < t.enteredCount; k++) {
    const s = entered[k]!;
    side[s] = initialSide[s]!;
    round[s] = 0;
  }
  let count = 0;
  for (let s = 0; s < t.principals; s++) entered[count++] = s;
  let frontier = t.frontier;
  let next = t.next;
  for (let k = 0; k < initialEdges.length; k++) frontier[k] = initialEdges[k]!;
  let len = initialEdges.length;
  let ranges = t.ranges;
  let nextRanges = t.nextRanges;
  ranges[0] = anchoredStart[2 * side.length]!;
  ranges[1] = anchoredStart[2 * side.length + 1]!;
  let rangeCount = ranges[1]! > ranges[0]! ? 1 : 0;
  for (let r = 1; r <= side.length + 2; r++) {
    let n = 0;
    let nextRangeCount = 0;
    const joined = count;
    for (let k = 0; k < len; k++) {
      const e = frontier[k]!;
      const o = edgeObligor[e]!;
      const joinSide = side[edgeBeneficiary[e]!]!;
      if (side[o]! >= 0 || joinSide < 0) continue;
      const d = edgeDecision[e]!;
      if (edgeStamp[d] === stamp) continue;
      edgeStamp[d] = stamp;
      if (!draw(rng, edgeThreshold[e]!)) continue;
      side[o] = joinSide;
      round[o] = r;
      entered[count++] = o;
      const at = 2 * e + joinSide;
      for (let j = edgeNextStart[at]!; j < edgeNextStart[at + 1]!; j++) next[n++] = edgeNext[j]!;
      const from = 2 * o + joinSide;
      if (anchoredStart[from + 1]! > anchoredStart[from]!) {
        nextRanges[2 * nextRangeCount] = anchoredStart[from]!;
        nextRanges[2 * nextRangeCount++ + 1] = anchoredStart[from + 1]!;
      }
    }
    let list = anchored;
    let lo = 0;
    let hi = 0;
    if (rangeCount === 1) {
      lo = ranges[0]!;
      hi = ranges[1]!;
    } else if (rangeCount > 1) {
      list = t.merged;
      hi = mergeRanges(anchored, t, ranges, rangeCount);
    }
    for (let k = lo; k < hi; k++) {
      const v = list[k]!;
      if (volunteerStamp[v] === stamp) continue;
      const s = volunteerState[v]!;
      if (side[s]! >= 0) continue;
      volunteerStamp[v] = stamp;
      if (!draw(rng, volunteerThreshold[v]!)) continue;
      const want = volunteerSide[v]!;
      side[s] = want;
      round[s] = r;
      entered[count++] = s;
      for (let j = volunteerNextStart[v]!; j < volunteerNextStart[v + 1]!; j++)
        next[n++] = volunteerNext[j]!;
      const from = 2 * s + want;
      if (anchoredStart[from + 1]! > anchoredStart[from]!) {
        nextRanges[2 * nextRangeCount] = anchoredStart[from]!;
        nextRanges[2 * nextRangeCount++ + 1] = anchoredStart[from + 1]!;
      }
    }
    if (n === 0 && count === joined) break;
    const swap = frontier;
    frontier = next;
    next = swap;
    len = n;
    const swapRanges = ranges;
    ranges = nextRanges;
    nextRanges = swapRanges;
    rangeCount = nextRangeCount;
  }
  sortPrefix(entered, count);
  t.enteredCount = count;
}
