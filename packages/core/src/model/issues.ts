/** Problems with user input, as data first; every surface (CLI, API, web) renders the same objects. */

export type IssueCode =
  | 'yaml_syntax'
  | 'yaml_limit'
  | 'invalid_type'
  | 'invalid_value'
  | 'missing_field'
  | 'unknown_field'
  | 'unknown_state'
  | 'unknown_place'
  | 'unknown_area'
  | 'unknown_agreement'
  | 'unknown_clause'
  | 'unknown_article'
  | 'unknown_base'
  | 'unknown_architecture'
  | 'unknown_sofa'
  | 'unknown_rule'
  | 'unknown_version'
  | 'quote_not_in_text'
  | 'duplicate_id'
  | 'date_order'
  | 'date_outside_library'
  | 'empty_party'
  | 'invalid_event';

export interface Issue {
  code: IssueCode;
  severity: 'error' | 'warning';
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  /** RFC 6901 JSON pointer to the bad node, e.g. "/articles/0/clauses/1/obligors/0". */
  pointer: string;
  message: string;
  expected?: string | undefined;
  received?: string | undefined;
  hint?: string | undefined;
}

/** The outcome of parsing or checking untrusted input: never an exception. */
export type Result<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T, issues: Issue[] = []): Result<T> => ({ ok: true, value, issues });
export const fail = <T>(issues: Issue[]): Result<T> => ({ ok: false, issues });

/** How much of a bad input an issue repeats: enough to recognise it, never the whole of a large one. */
export const ECHO_LIMIT = 200;

/**
 * Text cut to ECHO_LIMIT characters, with "…" where it was cut.
 * @example cut('x'.repeat(1000)).length // 201
 */
export const cut = (text: string): string =>
  text.length <= ECHO_LIMIT ? text : `${text.slice(0, ECHO_LIMIT)}…`;

export const pointerOf = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? ''
    : `/${path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

/**
 * Renders one issue the way a compiler would, for terminals and logs.
 * @example formatIssue(issue) // 'library/agreements/x.yaml:42:7 error unknown_place\n  ...'
 */
export function formatIssue(issue: Issue): string {
  const where = [issue.file ?? '<input>', issue.line, issue.column].filter((x) => x !== undefined);
  const lines = [`${where.join(':')} ${issue.severity} ${issue.code}`, `  ${issue.message}`];
  if (issue.pointer) lines.push(`  at: ${issue.pointer}`);
  if (issue.expected) lines.push(`  expected: ${issue.expected}`);
  if (issue.received) lines.push(`  received: ${issue.received}`);
  if (issue.hint) lines.push(`  ${issue.hint}`);
  return lines.join('\n');
}

export const hasErrors = (issues: readonly Issue[]): boolean =>
  issues.some((i) => i.severity === 'error');
