/** The decisions of a simulate answer, one row per obligor and beneficiary, with the model's p and the one used. */

interface Obligation {
  obligor: string;
  beneficiary: string;
  agreement: string;
  p: number;
  source: 'model' | 'override';
  terms?: { model?: number | string | undefined } | undefined;
}

export interface DecisionRow {
  /** The override key, OBLIGOR:BENEFICIARY. */
  decision: string;
  obligor: string;
  beneficiary: string;
  agreements: string[];
  /** The model's own p (the strongest of its clauses), whether or not an override replaced it. */
  model: number;
  /** The p the answer used. */
  used: number;
  overridden: boolean;
}

const modelP = (o: Obligation): number =>
  o.source === 'override' ? Number(o.terms?.model ?? o.p) : o.p;

/**
 * One slider per obligor → beneficiary, as `--decide O:B` names it.
 * @example decisionRows([{obligor: 'USA', beneficiary: 'TWN', agreement: 'taiwan-relations-act', p: 0.07, source: 'model'}])[0].decision // 'USA:TWN'
 */
export function decisionRows(obligations: readonly Obligation[]): DecisionRow[] {
  const rows = new Map<string, DecisionRow>();
  for (const o of obligations) {
    const decision = `${o.obligor}:${o.beneficiary}`;
    const row = rows.get(decision) ?? {
      decision,
      obligor: o.obligor,
      beneficiary: o.beneficiary,
      agreements: [],
      model: 0,
      used: 0,
      overridden: false,
    };
    if (!row.agreements.includes(o.agreement)) row.agreements.push(o.agreement);
    row.model = Math.max(row.model, modelP(o));
    row.used = Math.max(row.used, o.p);
    row.overridden ||= o.source === 'override';
    rows.set(decision, row);
  }
  return [...rows.values()];
}
