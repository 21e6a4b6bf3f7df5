/**
 * A plain reading of the trial rules, for tests: every volunteer scanned every round, Maps and
 * Sets, one draw per decision taken. The fast trials must give the same aggregates, draw for draw.
 */
import { type Aggregate, emptyAggregate, mergeAggregates, ratioBins } from '../collector.ts';
import type { CompiledCascade } from '../compiled-cascade.ts';
import { logBin } from '../intervals.ts';
import { BLOCK_SIZE, blockCount, type SimScenario, trialsInBlock } from '../monte-carlo.ts';
import { createRng, type Rng, seedTrial, trialStreams } from '../rng.ts';

interface Entry {
  side: number;
  round: number;
}

const honours = (rng: Rng, p: number) => (p >= 1 ? true : p <= 0 ? false : rng.next() < p);

/** The CSR lists as arrays of arrays. */
const lists = (start: Int32Array, items: Int32Array): number[][] =>
  Array.from({ length: start.length - 1 }, (_, i) =>
    Array.from(items.subarray(start[i], start[i + 1])),
  );

interface Lists {
  edgeNext: number[][];
  volunteerNext: number[][];
  anchors: number[][];
}

/** One trial: who is at war at the end, on which side, from which round. */
function referenceTrial(c: CompiledCascade, l: Lists, rng: Rng): Map<number, Entry> {
  const at = new Map<number, Entry>();
  c.initialSide.forEach((side, s) => {
    if (side >= 0) at.set(s, { side, round: 0 });
  });
  const decided = new Set<number>();
  const considered = new Set<number>();
  let frontier = [...c.initialEdges];
  for (let r = 1; r <= c.states.length + 2; r++) {
    const next: number[] = [];
    let entered = false;
    for (const e of frontier) {
      const obligor = c.edgeObligor[e]!;
      const beneficiary = at.get(c.edgeBeneficiary[e]!);
      if (at.has(obligor) || !beneficiary || decided.has(c.edgeDecision[e]!)) continue;
      decided.add(c.edgeDecision[e]!);
      if (!honours(rng, c.edgeP[e]!)) continue;
      at.set(obligor, { side: beneficiary.side, round: r });
      entered = true;
      next.push(...l.edgeNext[2 * e + beneficiary.side]!);
    }
    for (let v = 0; v < c.volunteerState.length; v++) {
      const state = c.volunteerState[v]!;
      const side = c.volunteerSide[v]!;
      if (considered.has(v) || at.has(state)) continue;
      if (!l.anchors[v]!.some((a) => at.get(a)?.side === side && at.get(a)!.round < r)) continue;
      considered.add(v);
      if (!honours(rng, c.volunteerP[v]!)) continue;
      at.set(state, { side, round: r });
      entered = true;
      next.push(...l.volunteerNext[v]!);
    }
    if (next.length === 0 && !entered) break;
    frontier = next;
  }
  return at;
}

function record(a: Aggregate, s: SimScenario, at: Map<number, Entry>): void {
  const states = [...at.keys()].sort((x, y) => x - y);
  const joined = states.filter((i) => s.cascade.initialSide[i]! < 0);
  const majors = states.filter((i) => s.major[i] === 1);
  let attacker = 0;
  let defender = 0;
  for (const i of states) {
    a.enter[i]!++;
    if (at.get(i)!.side === 0) {
      a.enterAttacker[i]!++;
      attacker += s.capability[i]!;
    } else defender += s.capability[i]!;
  }
  for (const i of joined) a.entangled[i]!++;
  a.trials++;
  a.belligerentSum += states.length;
  a.belligerentSumSq += states.length ** 2;
  a.entangledSum += joined.length;
  a.entangledSumSq += joined.length ** 2;
  a.belligerentHist[states.length]!++;
  if (majors.length >= 2 && majors.some((i) => joined.includes(i))) a.widened++;
  if (new Set(majors.map((i) => at.get(i)!.side)).size === 2) a.majorsOpposed++;
  const nuclear = states.filter((i) => s.nuclear[i] === 1);
  if (new Set(nuclear.map((i) => at.get(i)!.side)).size === 2) a.nuclearOpposed++;
  if (attacker > 0) {
    const ratio = defender / attacker;
    a.ratioTrials++;
    a.ratioSum += ratio;
    a.ratioSumSq += ratio * ratio;
    if (ratio > 1) a.ratioAbove1++;
    a.ratioHist[logBin(ratioBins, ratio)]!++;
  }
}

/**
 * `runTrials` as the rules read, trial by trial on the same streams.
 * @example referenceTrials(scenario, {trials: 5000, seed: 1}) // toEqual(runTrials(scenario, ...))
 */
export function referenceTrials(s: SimScenario, o: { trials: number; seed: number }): Aggregate {
  const c = s.cascade;
  const l = {
    edgeNext: lists(c.edgeNextStart, c.edgeNext),
    volunteerNext: lists(c.volunteerNextStart, c.volunteerNext),
    anchors: lists(c.volunteerAnchorStart, c.volunteerAnchors),
  };
  const n = c.states.length;
  const total = emptyAggregate(n);
  const rng = createRng(0);
  const base = trialStreams(o.seed, s.stream);
  for (let b = 0; b < blockCount(o.trials); b++) {
    const block = emptyAggregate(n);
    for (let i = 0; i < trialsInBlock(o.trials, b); i++) {
      seedTrial(rng, base, b * BLOCK_SIZE + i);
      record(block, s, referenceTrial(c, l, rng));
    }
    mergeAggregates(total, block);
  }
  return total;
}
