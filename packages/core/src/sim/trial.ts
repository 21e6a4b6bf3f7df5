/** One Monte Carlo trial: a breadth-first walk over a compiled cascade, one uniform draw per obligation reached. */
import { type CompiledCascade, csr } from './compiled-cascade.ts';
import type { Rng } from './rng.ts';

/**
 * Buffers reused across trials, so a trial allocates nothing. What the walk reads per edge and
 * per volunteer sits side by side in one Int32Array each (`EDGE` and `VOLUNTEER` fields a row):
 * V8 checks each typed array an access touches, so one array read four times costs less than
 * four arrays read once (docs/simulation.md, "What bounds the rate").
 */
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
  /** Per edge: draw limit, draw mode, obligor, beneficiary, decision, and where its next edges start for side 0, side 1, and end. */
  edges: Int32Array;
  /** Per decision: the trial in which it was last taken. */
  decisionStamp: Int32Array;
  /** Per volunteer: the trial in which it was last considered, draw limit, draw mode, 2·state + side. */
  volunteers: Int32Array;
  /** CSR over volunteers: the other volunteers of the same state (its other partners, on either side). */
  siblingStart: Int32Array;
  siblings: Int32Array;
  stamp: number;
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

/** Fields per row of `TrialState.edges` and `.volunteers`: powers of two, so the walk finds a row with a shift (`<< 3`, `<< 2`). */
const EDGE = 8;
const VOLUNTEER = 4;

/**
 * How a probability p is drawn: mode 0 draws, −1 never enters, 1 always enters. A 32-bit draw u
 * goes the way `u / 2³² < p` would exactly when u ≤ ⌈p·2³²⌉ − 1 (the limit, compared as
 * unsigned): no division, no floating point. p ≤ 0 and p ≥ 1 take no draw at all, so those
 * cases are exact and leave the stream untouched. The walk writes these numbers as literals:
 * a module constant is a context load and a check per read.
 */
const TWO_32 = 4294967296;

const modeOf = (p: number): number => {
  const t = p * TWO_32;
  return t <= 0 ? -1 : t >= TWO_32 ? 1 : 0;
};
const limitOf = (p: number): number => (modeOf(p) === 0 ? Math.ceil(p * TWO_32) - 1 : 0) | 0;

function principalCount(initialSide: Int8Array): number {
  let count = 0;
  while (count < initialSide.length && initialSide[count]! >= 0) count++;
  for (let s = count; s < initialSide.length; s++)
    if (initialSide[s]! >= 0) throw new Error('a compiled cascade lists its round-0 states first');
  return count;
}

function edgeRows(c: CompiledCascade): Int32Array {
  const rows = new Int32Array(EDGE * c.edgeP.length);
  for (let e = 0; e < c.edgeP.length; e++) {
    const p = c.edgeP[e]!;
    rows.set(
      [
        limitOf(p),
        modeOf(p),
        c.edgeObligor[e]!,
        c.edgeBeneficiary[e]!,
        c.edgeDecision[e]!,
        c.edgeNextStart[2 * e]!,
        c.edgeNextStart[2 * e + 1]!,
        c.edgeNextStart[2 * e + 2]!,
      ],
      EDGE * e,
    );
  }
  return rows;
}

/**
 * A volunteer's state is in no obligation and not at war in round 0 (the compiler leaves those
 * out), so it enters only by one of its own volunteers (one per partner and side): when one
 * enters, the trial marks its siblings considered, and the walk need not look up whether a
 * volunteer's state is at war.
 */
function volunteerRows(c: CompiledCascade): [Int32Array, Int32Array, Int32Array] {
  const n = c.volunteerState.length;
  const rows = new Int32Array(VOLUNTEER * n);
  const byState = new Map<number, number[]>();
  const obligors = new Set(c.edgeObligor);
  for (let v = 0; v < n; v++) {
    const s = c.volunteerState[v]!;
    if (obligors.has(s) || c.initialSide[s]! >= 0)
      throw new Error('a compiled cascade has a volunteer that is an obligor or at war in round 0');
    byState.set(s, [...(byState.get(s) ?? []), v]);
    const p = c.volunteerP[v]!;
    rows.set([0, limitOf(p), modeOf(p), 2 * s + c.volunteerSide[v]!], VOLUNTEER * v);
  }
  const [start, siblings] = csr(
    Array.from({ length: n }, (_, v) => byState.get(c.volunteerState[v]!)!.filter((w) => w !== v)),
  );
  return [rows, start, siblings];
}

export function createTrialState(c: CompiledCascade): TrialState {
  const n = c.states.length;
  const volunteers = c.volunteerState.length;
  const bound = c.initialEdges.length + c.edgeNext.length + c.volunteerNext.length + 1;
  const [volunteerTable, siblingStart, siblings] = volunteerRows(c);
  return {
    side: c.initialSide.slice(),
    round: new Int32Array(n),
    entered: new Int32Array(n),
    enteredCount: 0,
    principals: principalCount(c.initialSide),
    edges: edgeRows(c),
    decisionStamp: new Int32Array(c.decisions),
    volunteers: volunteerTable,
    siblingStart,
    siblings,
    stamp: 0,
    frontier: new Int32Array(bound),
    next: new Int32Array(bound),
    ranges: new Int32Array(2 * (n + 1)),
    nextRanges: new Int32Array(2 * (n + 1)),
    merged: new Int32Array(volunteers),
    mark: new Int32Array(volunteers),
    markStamp: 0,
  };
}

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
 * volunteer (one partner's pull on a state) is considered once per trial, in the first round
 * after its partner entered on its side, unless the state has joined already; after that
 * round's obligations and in volunteer order: the order of draws is that of a scan of every
 * volunteer every round, without the scan. One long function on purpose: the
 * walk's counters and the generator's four words stay in registers (docs/simulation.md, "What
 * bounds the rate"); the generator's step is written out at the two places that draw.
 * @example runTrial(compiled, forkStream(1, 0), createTrialState(compiled))
 */
export function runTrial(c: CompiledCascade, rng: Rng, t: TrialState): void {
  const { side, round, entered, edges, decisionStamp, volunteers, siblingStart, siblings } = t;
  const { edgeNext, anchoredStart, anchored, volunteerNextStart, volunteerNext } = c;
  const { initialSide, initialEdges } = c;
  const stamp = ++t.stamp;
  const words = rng.state;
  let w0 = words[0]! | 0;
  let w1 = words[1]! | 0;
  let w2 = words[2]! | 0;
  let w3 = words[3]! | 0;
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
      const row = frontier[k]! << 3;
      const o = edges[row + 2]!;
      const joinSide = side[edges[row + 3]!]!;
      if (side[o]! >= 0 || joinSide < 0) continue;
      const d = edges[row + 4]!;
      if (decisionStamp[d] === stamp) continue;
      decisionStamp[d] = stamp;
      const mode = edges[row + 1]!;
      if (mode < 0) continue;
      if (mode === 0) {
        const x = Math.imul(w1, 5);
        const u = Math.imul((x << 7) | (x >>> 25), 9);
        const shifted = w1 << 9;
        w2 ^= w0;
        w3 ^= w1;
        w1 ^= w2;
        w0 ^= w3;
        w2 ^= shifted;
        w3 = (w3 << 11) | (w3 >>> 21);
        if (u >>> 0 > edges[row]! >>> 0) continue;
      }
      side[o] = joinSide;
      round[o] = r;
      entered[count++] = o;
      const end = edges[row + 6 + joinSide]!;
      for (let j = edges[row + 5 + joinSide]!; j < end; j++) next[n++] = edgeNext[j]!;
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
      const row = v << 2;
      if (volunteers[row] === stamp) continue;
      volunteers[row] = stamp;
      const mode = volunteers[row + 2]!;
      if (mode < 0) continue;
      if (mode === 0) {
        const x = Math.imul(w1, 5);
        const u = Math.imul((x << 7) | (x >>> 25), 9);
        const shifted = w1 << 9;
        w2 ^= w0;
        w3 ^= w1;
        w1 ^= w2;
        w0 ^= w3;
        w2 ^= shifted;
        w3 = (w3 << 11) | (w3 >>> 21);
        if (u >>> 0 > volunteers[row + 1]! >>> 0) continue;
      }
      for (let j = siblingStart[v]!; j < siblingStart[v + 1]!; j++)
        volunteers[siblings[j]! << 2] = stamp;
      const from = volunteers[row + 3]!;
      const s = from >> 1;
      side[s] = from & 1;
      round[s] = r;
      entered[count++] = s;
      for (let j = volunteerNextStart[v]!; j < volunteerNextStart[v + 1]!; j++)
        next[n++] = volunteerNext[j]!;
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
  words[0] = w0;
  words[1] = w1;
  words[2] = w2;
  words[3] = w3;
  sortPrefix(entered, count);
  t.enteredCount = count;
}
