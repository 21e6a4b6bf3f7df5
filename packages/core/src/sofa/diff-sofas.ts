/** What SOFA B changes against SOFA A, topic by topic: the comparison's two cells, before → after, and what a proposal assumes to change them. */
import type { IsoDate } from '../model/ids.ts';
import { fail, type Issue, ok, type Result } from '../model/issues.ts';
import type { Library } from '../model/library.ts';
import type { SofaAssumption, SofaId } from '../model/sofa.ts';
import {
  type CompareCell,
  type CompareTopic,
  compareSofas,
  type SofaComparison,
} from './compare-sofas.ts';

/**
 * `changed`: the answer differs; `cited-differently`: the same answer from other rules (a design
 * restating a rule, a layer taking over); `same`: the same answer from the same rules.
 */
export type DiffChange = 'changed' | 'cited-differently' | 'same';

/** A rule of a proposal in an after (or before) cell, with what it assumes and where the idea comes from. */
export interface DiffAssumption extends SofaAssumption {
  sofa: SofaId;
  rule: string;
}

export interface SofaDiffRow {
  topic: CompareTopic;
  label: string;
  change: DiffChange;
  before: CompareCell;
  after: CompareCell;
  /** The assumptions behind the after cell (and the before cell, when A is a proposal too). */
  assumptions: DiffAssumption[];
}

export interface SofaDiff {
  date: IsoDate;
  from: { id: string; shortName: string; kind: 'agreement' | 'proposal' };
  to: { id: string; shortName: string; kind: 'agreement' | 'proposal' };
  rows: SofaDiffRow[];
  /** How many rows change their answer. */
  changed: number;
  caveats: SofaComparison['caveats'];
}

const rulesOf = (c: CompareCell) => c.articles.map((a) => `${a.sofa}/${a.rule}`).join(' ');

function changeOf(before: CompareCell, after: CompareCell): DiffChange {
  if (before.value !== after.value) return 'changed';
  return rulesOf(before) === rulesOf(after) ? 'same' : 'cited-differently';
}

function assumptionsOf(lib: Library, cells: CompareCell[]): DiffAssumption[] {
  const seen = new Set<string>();
  const out: DiffAssumption[] = [];
  for (const a of cells.flatMap((c) => c.articles)) {
    const key = `${a.sofa}/${a.rule}`;
    const rule = lib.sofas.get(a.sofa as SofaId)?.rules.find((r) => r.id === a.rule);
    if (seen.has(key) || !rule?.assumption) continue;
    seen.add(key);
    out.push({ sofa: a.sofa as SofaId, rule: a.rule, ...rule.assumption });
  }
  return out;
}

/**
 * Topic by topic, what SOFA `b` changes against SOFA `a` on a date (the rows of `casus sofa compare`).
 * @example diffSofas(lib, 'us-japan-sofa-1960', 'sofa-revision-german-model', '2024-06-01').value.rows.find((r) => r.topic === 'access').after.value // 'on-notice'
 */
export function diffSofas(
  lib: Library,
  a: string,
  b: string,
  date: IsoDate,
  topics?: readonly string[],
): Result<SofaDiff> {
  const r = compareSofas(lib, [a, b], date, topics);
  if (!r.ok) {
    // Name which of the two ids is unknown: /from or /to, not the comparison's /sofa.
    const issues: Issue[] = r.issues.map((i) =>
      i.code === 'unknown_sofa'
        ? { ...i, pointer: i.message.includes(`"${a}"`) ? '/from' : '/to' }
        : i,
    );
    return fail(issues);
  }
  const m = r.value;
  const kind = (id: string) => lib.sofas.get(id as SofaId)?.kind ?? 'agreement';
  const rows = m.rows.map((row) => {
    const [before, after] = row.cells as [CompareCell, CompareCell];
    return {
      topic: row.topic,
      label: row.label,
      change: changeOf(before, after),
      before,
      after,
      assumptions: assumptionsOf(lib, [after, before]),
    };
  });
  return ok({
    date,
    from: { ...m.sofas[0]!, kind: kind(m.sofas[0]!.id) },
    to: { ...m.sofas[1]!, kind: kind(m.sofas[1]!.id) },
    rows,
    changed: rows.filter((x) => x.change === 'changed').length,
    caveats: m.caveats,
  });
}
