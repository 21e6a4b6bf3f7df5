/** The compare job's headline: battery totals per architecture, differences from the baseline, and their CSV and JSON exports. */

import { COMPARE_MEASURES, type ComparedMeasure, type EstimateLike } from '@casus/core';

/** A measure with its 95% interval, as `casus compare --json` writes it (null where undefined). */
export type Est = EstimateLike;

export type MeasureKey = ComparedMeasure;

type Measures = Record<MeasureKey, Est>;

/** One architecture's line of the summary: totals, model totals, and the paired difference from the baseline. */
export interface SummaryRow {
  architecture: string;
  name: string;
  totals: Measures;
  model?: Measures | undefined;
  difference?: Measures | undefined;
  differenceModel?: Measures | undefined;
}

export interface Names {
  architecture(id: string): string;
  scenario(id: string): string;
}

interface Answer {
  battery?: string[];
  architectures?: string[];
  trials?: number;
  seed?: number;
  libraryVersion?: string;
  rows?: (Measures & {
    scenario: string;
    architecture: string;
    trials: number;
    model?: Measures;
  })[];
  battery_totals?: (Measures & { architecture: string; model?: Measures })[];
  differences?: {
    baseline: string;
    rows: (Measures & { scenario: string; architecture: string; model?: Measures })[];
    battery: (Measures & { architecture: string; model?: Measures })[];
  };
}

const NONE: Est = { value: null, low: null, high: null };

function est(v: unknown): Est {
  if (!v || typeof v !== 'object') return NONE;
  const o = v as Record<string, unknown>;
  const n = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  return { value: n(o.value), low: n(o.low), high: n(o.high) };
}

function measures(v: unknown): Measures | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(COMPARE_MEASURES.map((m) => [m.key, est(o[m.key])])) as Measures;
}

/** The baseline the differences are taken from, when the answer has them. */
export const baselineOf = (result: unknown): string | undefined =>
  (result as Answer)?.differences?.baseline;

/**
 * The battery summary, one row per architecture in the answer's order.
 * @example batterySummary(answer, names)[0].totals.deterred // {value: 0.13, low: 0.12, high: 0.14}
 */
export function batterySummary(result: unknown, names: Names): SummaryRow[] {
  const a = result as Answer;
  const diffs = a?.differences?.battery ?? [];
  return (a?.battery_totals ?? []).map((t) => {
    const d = diffs.find((x) => x.architecture === t.architecture);
    return {
      architecture: t.architecture,
      name: names.architecture(t.architecture),
      totals: measures(t)!,
      model: measures(t.model),
      difference: measures(d),
      differenceModel: measures(d?.model),
    };
  });
}

/** A number as the table shows it: probabilities in per cent, the rest with two decimals. */
export function formatValue(v: number | null, percent: boolean, points = false): string {
  if (v === null) return '—';
  const s = (percent ? v * 100 : v).toFixed(percent ? 1 : 2).replace(/^-(0\.0+)$/, '$1');
  return percent ? `${s}${points ? ' pp' : '%'}` : s;
}

/** “13.3% (12.5% to 14.1%)”; differences signed, probabilities' in percentage points. */
export function formatEstimate(e: Est, percent: boolean, signed = false): string {
  if (e.value === null) return '—';
  const f = (v: number | null) => {
    const s = formatValue(v, percent, signed);
    return signed && v !== null && v > 0 ? `+${s}` : s;
  };
  return e.low === null || e.high === null
    ? f(e.value)
    : `${f(e.value)} (${f(e.low)} to ${f(e.high)})`;
}

/** One line of the export: a measure of one architecture, over the battery or one scenario, level or paired difference. */
export interface ExportRow {
  level: 'battery' | 'scenario';
  kind: 'value' | 'difference';
  scenario: string;
  scenarioName: string;
  architecture: string;
  architectureName: string;
  baseline: string;
  measure: MeasureKey;
  trials: number | null;
  value: number | null;
  low: number | null;
  high: number | null;
  modelLow: number | null;
  modelHigh: number | null;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'level',
  'kind',
  'scenario',
  'scenarioName',
  'architecture',
  'architectureName',
  'baseline',
  'measure',
  'trials',
  'value',
  'low',
  'high',
  'modelLow',
  'modelHigh',
];

/** Every measure of the summary and of each scenario's rows, levels and differences, as flat rows. */
export function exportRows(result: unknown, names: Names): ExportRow[] {
  const a = result as Answer;
  const trials = typeof a?.trials === 'number' ? a.trials : null;
  const baseline = a?.differences?.baseline ?? '';
  const out: ExportRow[] = [];
  const push = (
    base: Pick<ExportRow, 'level' | 'kind' | 'scenario' | 'architecture' | 'baseline'>,
    row: unknown,
    model: unknown,
  ) => {
    const m = measures(row);
    const mm = measures(model);
    if (!m) return;
    for (const { key } of COMPARE_MEASURES)
      out.push({
        ...base,
        scenarioName: base.scenario ? names.scenario(base.scenario) : '',
        architectureName: names.architecture(base.architecture),
        measure: key,
        trials,
        ...m[key],
        modelLow: mm?.[key].low ?? null,
        modelHigh: mm?.[key].high ?? null,
      });
  };
  for (const t of a?.battery_totals ?? [])
    push(
      { level: 'battery', kind: 'value', scenario: '', architecture: t.architecture, baseline: '' },
      t,
      t.model,
    );
  for (const d of a?.differences?.battery ?? [])
    push(
      {
        level: 'battery',
        kind: 'difference',
        scenario: '',
        architecture: d.architecture,
        baseline,
      },
      d,
      d.model,
    );
  for (const r of a?.rows ?? [])
    push(
      {
        level: 'scenario',
        kind: 'value',
        scenario: r.scenario,
        architecture: r.architecture,
        baseline: '',
      },
      r,
      r.model,
    );
  for (const d of a?.differences?.rows ?? [])
    push(
      {
        level: 'scenario',
        kind: 'difference',
        scenario: d.scenario,
        architecture: d.architecture,
        baseline,
      },
      d,
      d.model,
    );
  return out;
}

const csvCell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * RFC 4180 CSV of the export rows, numbers at full precision (empty where undefined).
 * @example toCsv(rows).split('\n')[0] // 'level,kind,scenario,…'
 */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const r of rows) lines.push(EXPORT_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The JSON export: the run's stamp, the summary and every row. */
export function toJson(result: unknown, names: Names): string {
  const a = result as Answer;
  return JSON.stringify(
    {
      command: 'compare',
      libraryVersion: a?.libraryVersion,
      seed: a?.seed,
      trials: a?.trials,
      baseline: a?.differences?.baseline ?? null,
      scenarios: (a?.battery ?? []).map((id) => ({ id, name: names.scenario(id) })),
      architectures: (a?.architectures ?? []).map((id) => ({
        id,
        name: names.architecture(id),
      })),
      summary: batterySummary(result, names),
      rows: exportRows(result, names),
    },
    null,
    2,
  );
}
