/** A compare job's result, whatever measures it carries, as rows a chart can draw. */

export interface MeasureRow {
  scenario: string;
  architecture: string;
  measure: string;
  value: number;
  lo?: number | undefined;
  hi?: number | undefined;
  /** With parameter draws: the model interval (Monte Carlo and parameter uncertainty together). */
  modelLo?: number | undefined;
  modelHi?: number | undefined;
}

const PREFERRED = ['deterrence', 'entanglement', 'escalation'];

/** `casus compare --json` names some measures by what they count. */
const ALIASES: Record<string, string> = {
  entangled: 'entanglement',
  widened: 'escalation',
  nuclearOpposed: 'nuclear-armed on both sides',
};

/** Fields of a row that describe the run, not a measure; `model` holds the measures' model intervals. */
const NOT_MEASURES = new Set(['trials', 'model']);

function estimate(
  v: unknown,
): Omit<MeasureRow, 'scenario' | 'architecture' | 'measure'> | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return { value: v };
  if (typeof v === 'boolean') return { value: v ? 1 : 0 };
  if (Array.isArray(v)) return { value: v.length };
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const value = [o.mean, o.estimate, o.value, o.p].find((x) => typeof x === 'number') as
      | number
      | undefined;
    if (value === undefined) return undefined;
    const ci = (o.ci ?? o.interval) as unknown;
    const [lo, hi] = Array.isArray(ci) ? ci : [o.lo ?? o.low ?? o.lower, o.hi ?? o.high ?? o.upper];
    return typeof lo === 'number' && typeof hi === 'number' ? { value, lo, hi } : { value };
  }
  return undefined;
}

/**
 * Every numeric measure of every row; arrays count their members (attackers: ['PRK', 'CHN'] → 2).
 * Reads the server's Monte Carlo rows (`casus compare --json`: `{value, low, high}`, with
 * `entangled` and `widened` named entanglement and escalation) and the plain battery's counts.
 * @example normalizeRows({rows: [{scenario: 's', architecture: 'a', deterrence: {mean: 1.2, ci: [1, 1.4]}}]})
 * // [{scenario: 's', architecture: 'a', measure: 'deterrence', value: 1.2, lo: 1, hi: 1.4}]
 */
export function normalizeRows(result: unknown): MeasureRow[] {
  const rows = (result as { rows?: unknown })?.rows;
  if (!Array.isArray(rows)) return [];
  const out: MeasureRow[] = [];
  for (const row of rows as Record<string, unknown>[]) {
    const { scenario, architecture, ...rest } = row;
    if (typeof scenario !== 'string' || typeof architecture !== 'string') continue;
    const measures = (
      rest.measures && typeof rest.measures === 'object' ? rest.measures : rest
    ) as Record<string, unknown>;
    const model = (rest.model ?? {}) as Record<string, unknown>;
    for (const [name, v] of Object.entries(measures)) {
      const e = NOT_MEASURES.has(name) ? undefined : estimate(v);
      if (!e) continue;
      const m = estimate(model[name]);
      const interval = m?.lo !== undefined ? { modelLo: m.lo, modelHi: m.hi } : {};
      out.push({ scenario, architecture, measure: ALIASES[name] ?? name, ...e, ...interval });
    }
  }
  return out;
}

/** The measures present, the three the comparison is about first. */
export function measuresOf(rows: readonly MeasureRow[]): string[] {
  const all = [...new Set(rows.map((r) => r.measure))];
  return [
    ...PREFERRED.filter((m) => all.includes(m)),
    ...all.filter((m) => !PREFERRED.includes(m)),
  ];
}
