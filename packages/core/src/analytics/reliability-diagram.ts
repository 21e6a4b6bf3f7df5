/** The reliability diagram: forecasts grouped by predicted probability, each group's mean forecast against its observed rate. */
import { type Estimate, wilson } from '../sim/intervals.ts';

export interface ReliabilityBin {
  /** Equal-width bins: the bin's edges; deciles: its lowest and highest forecast (NaN if empty). */
  lo: number;
  hi: number;
  n: number;
  /** Cases with outcome 1. */
  events: number;
  /** Mean forecast in the bin (NaN when empty). */
  predicted: number;
  /** Observed rate with its Wilson 95% interval. */
  observed: Estimate;
}

/**
 * `deciles` sorts the cases by forecast and cuts them into groups of (nearly) equal size, Hosmer &
 * Lemeshow's "deciles of risk" (1980, Commun. Statist. A 9(10):1043–1069), which keeps every group
 * populated when forecasts crowd together; `width` cuts [0, 1] into equal intervals, as in Murphy &
 * Winkler's diagrams (1977, Applied Statistics 26(1):41–47), and may leave some empty.
 */
export type Binning = 'deciles' | 'width';

/**
 * Predicted against observed in `bins` groups (10 by default), each with its count and a Wilson
 * interval, so a calibrated model's points lie on the diagonal within their intervals.
 * @example reliabilityDiagram(p, honoured).map((b) => [b.predicted, b.observed.value, b.n])
 */
export function reliabilityDiagram(
  p: ArrayLike<number>,
  y: ArrayLike<number>,
  binning: Binning = 'deciles',
  bins = 10,
): ReliabilityBin[] {
  if (p.length !== y.length) throw new RangeError(`${p.length} forecasts but ${y.length} outcomes`);
  if (!(Number.isInteger(bins) && bins >= 1)) throw new RangeError(`bins must be ≥ 1, got ${bins}`);
  const order = Array.from({ length: p.length }, (_, i) => i).sort((a, b) => p[a]! - p[b]!);
  const groups: number[][] = Array.from({ length: bins }, () => []);
  order.forEach((i, rank) => {
    const b =
      binning === 'deciles' ? Math.floor((rank * bins) / p.length) : Math.floor(p[i]! * bins);
    groups[Math.min(bins - 1, b)]!.push(i);
  });
  return groups.map((members, b) => {
    const events = members.filter((i) => y[i] === 1).length;
    const sum = members.reduce((s, i) => s + p[i]!, 0);
    const width = binning === 'width';
    return {
      lo: width ? b / bins : members.length ? p[members[0]!]! : Number.NaN,
      hi: width ? (b + 1) / bins : members.length ? p[members.at(-1)!]! : Number.NaN,
      n: members.length,
      events,
      predicted: members.length ? sum / members.length : Number.NaN,
      observed: wilson(events, members.length),
    };
  });
}
