/** YAML text to plain values, keeping every node's line and column so issues can point at them. */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { type Issue, pointerOf } from './issues.ts';

export interface SourceText {
  value: unknown;
  /** Line and column (1-based) of the node at a path, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

/** The parser's first line, with the one message a person could not act on put in words. */
const plain = (message: string): string =>
  /Maximum call stack size exceeded/.test(message)
    ? 'the YAML is nested too deeply to read'
    : (message.split('\n')[0] ?? 'YAML syntax error');

/**
 * Parses YAML; syntax errors come back as issues with their position, never as exceptions.
 * @example parseYaml('id: x\n', 'a.yaml').value // { id: 'x' }
 */
export function parseYaml(text: string, file: string): { source?: SourceText; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues: Issue[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      code: 'yaml_syntax',
      severity: 'error',
      file,
      line: pos.line,
      column: pos.col,
      pointer: '',
      message: plain(e.message),
      expected: 'well-formed YAML (check indentation, colons and quotes)',
    };
  });
  if (issues.length > 0) return { issues };
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let found = node as Node | undefined;
    for (const key of path) {
      if (isMap(node)) node = node.get(String(key), true);
      else if (isSeq(node)) node = node.get(Number(key), true);
      else break;
      if (node === undefined) break;
      found = node as Node;
    }
    const offset = found?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  try {
    return { source: { value: doc.toJS({ maxAliasCount: 100 }), locate }, issues: [] };
  } catch (error) {
    // Well-formed YAML can still fail to resolve: an alias to an anchor that does not exist.
    return {
      issues: [
        {
          code: 'yaml_syntax',
          severity: 'error',
          file,
          pointer: '',
          message: plain((error as Error).message),
          expected: 'every alias (*name) to refer to an anchor (&name) defined before it',
        },
      ],
    };
  }
}

/** Fills in file, line and column for issues that only know their JSON path. */
export function placeIssue(
  issue: Omit<Issue, 'file' | 'line' | 'column' | 'pointer'>,
  path: readonly PropertyKey[],
  file: string,
  source: SourceText | undefined,
): Issue {
  const pos = source?.locate(path);
  return { ...issue, file, line: pos?.line, column: pos?.column, pointer: pointerOf(path) };
}

/** The scalar at a path, for "received" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return String(value);
}

export { isScalar };
