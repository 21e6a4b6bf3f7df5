/**
 * YAML text to plain values, keeping every node's line and column so issues can point at them.
 * Reading is bounded (YAML_LIMITS) and linear in the size of the text.
 */
import { Composer, type CST, type Document, isScalar, LineCounter, type Node, Parser } from 'yaml';
import { cut, type Issue, type IssueCode, pointerOf } from './issues.ts';
import { type LimitBreach, tooDeep, tooLarge } from './yaml-limits.ts';
import { walkTree } from './yaml-tree.ts';

export interface SourceText {
  value: unknown;
  /** Line and column (1-based) of the node at a path, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

type Position = { line: number; column: number };

/** Line and column of an offset, counted by scanning: for text too large to hand to the parser. */
function positionIn(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

const issueAt = (
  code: IssueCode,
  file: string,
  { line, column }: Position,
  problem: Omit<LimitBreach, 'offset'>,
): Issue => ({
  code,
  severity: 'error',
  file,
  line,
  column,
  pointer: '',
  message: problem.message,
  expected: problem.expected,
});

/** The documents of the text; the yaml package's parseDocument would stop at the second. */
function compose(tokens: readonly CST.Token[], length: number): Document.Parsed[] {
  // uniqueKeys scans every earlier key for each new one (quadratic in a map's size); walkTree checks
  // duplicates with a hash instead. logLevel 'error' keeps the yaml package from writing to stderr.
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' });
  return Array.from(composer.compose(tokens, true, length)) as Document.Parsed[];
}

/**
 * Parses YAML; syntax errors and passed limits come back as issues with their position, never as exceptions.
 * @example parseYaml('id: x\n', 'a.yaml').source?.value // { id: 'x' }
 */
export function parseYaml(text: string, file: string): { source?: SourceText; issues: Issue[] } {
  const large = tooLarge(text);
  if (large)
    return { issues: [issueAt('yaml_limit', file, positionIn(text, large.offset), large)] };
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const deep = tooDeep(tokens);
  if (deep) return { issues: [issueAt('yaml_limit', file, at(deep.offset), deep)] };
  const [doc, second] = compose(tokens, text.length) as [Document.Parsed, Document.Parsed?];
  const expected = 'well-formed YAML (check indentation, colons and quotes)';
  const syntax = doc.errors.map((e) =>
    // The yaml package's messages can quote the input (a tag, a block scalar header): cut them.
    issueAt('yaml_syntax', file, at(e.pos[0]), { message: cut(e.message), expected }),
  );
  if (second)
    syntax.push(
      issueAt('yaml_syntax', file, at(second.range[0]), {
        message: 'the file holds more than one YAML document',
        expected: 'one document per file (no second "---")',
      }),
    );
  if (syntax.length > 0) return { issues: syntax };
  const tree = walkTree(doc);
  if (tree.problems.length > 0)
    return { issues: tree.problems.map((p) => issueAt(p.code, file, at(p.offset), p)) };
  const locate = (path: readonly PropertyKey[]) => {
    let found: Node | undefined = doc.contents ?? undefined;
    for (const key of path) {
      const child = tree.childOf(found, key);
      if (child === undefined) break;
      found = child;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : at(offset);
  };
  // walkTree has refused unresolved and cyclic aliases and bounded their expansion, so the yaml
  // package's own alias check (which throws, without a position) is not needed.
  return { source: { value: doc.toJS({ maxAliasCount: -1 }), locate }, issues: [] };
}

/**
 * The source of a text whose value was read before: the text is parsed only when an issue asks
 * for a position, which a valid file never does.
 */
export function sourceOfValue(text: string, file: string, value: unknown): SourceText {
  let parsed: { source?: SourceText } | undefined;
  const locate = (path: readonly PropertyKey[]) => {
    parsed ??= parseYaml(text, file);
    return parsed.source?.locate(path);
  };
  return { value, locate };
}

/**
 * Whether a value comes back the same from JSON: what YAML can say and JSON cannot (.inf, .nan)
 * would arrive changed, so such a file is sent as text alone.
 * @example sameInJson({ a: [1, 'x', null] }) // true
 * @example sameInJson({ a: Number.POSITIVE_INFINITY }) // false
 */
export function sameInJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(sameInJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(sameInJson);
}

/** Fills in file, line and column for issues that only know their JSON path. */
export function placeIssue(
  issue: Omit<Issue, 'file' | 'line' | 'column' | 'pointer'>,
  path: readonly PropertyKey[],
  file: string,
  source: SourceText | undefined,
): Issue {
  const pos = source?.locate(path);
  // A key can be as long as the file: the pointer is cut like any other echo of the input.
  return { ...issue, file, line: pos?.line, column: pos?.column, pointer: cut(pointerOf(path)) };
}

/** What sort of value was found, for messages that must not repeat the value itself. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

/** The scalar at a path, for "received" in messages; a long one cut to ECHO_LIMIT characters. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${cut(value)}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return String(value);
}

export { isScalar };
