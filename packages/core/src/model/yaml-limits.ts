/** The bounds every YAML file is read within, so no input can exhaust the stack, the heap or the clock. */
import { CST } from 'yaml';

/**
 * The limits, stated in docs/library-format.md. The largest library file has about 15,000
 * characters and the deepest nests 9 levels; the library uses no aliases. Each bound sits far
 * above real use and far below what would exhaust the stack (a few thousand levels) or the heap.
 */
export const YAML_LIMITS = {
  /** Characters per file: 1 MiB of ASCII. */
  maxChars: 1_048_576,
  /** Collections (maps and lists) inside one another. */
  maxDepth: 64,
  /** Aliases (`*name`) per file. */
  maxAliases: 100,
  /** Nodes the aliases of a file stand for, added up: an alias of a large anchor counts its size. */
  maxAliasedNodes: 10_000,
} as const;

/** What a limit says when it is passed, and the offset where it happened. */
export interface LimitBreach {
  offset: number;
  message: string;
  expected: string;
}

const children = (token: CST.Token): (CST.Token | null | undefined)[] => {
  if (token.type === 'document') return [token.value];
  if (CST.isCollection(token)) return token.items.flatMap((item) => [item.key, item.value]);
  return [];
};

/**
 * A collection nested deeper than the limit, if any, found without recursion so that the
 * check itself cannot run out of stack on the input it guards against.
 * @example tooDeep(new Parser().parse('a: [[1]]')) // undefined
 */
export function tooDeep(tokens: readonly CST.Token[]): LimitBreach | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, outer] = stack.pop() as [CST.Token, number];
    const depth = CST.isCollection(token) ? outer + 1 : outer;
    if (depth > YAML_LIMITS.maxDepth)
      return {
        offset: token.offset,
        message: `the YAML is nested deeper than ${YAML_LIMITS.maxDepth} levels`,
        expected: `maps and lists nested at most ${YAML_LIMITS.maxDepth} deep`,
      };
    for (const child of children(token)) if (child) stack.push([child, depth]);
  }
  return undefined;
}

/**
 * The size limit, checked before anything is parsed.
 * @example tooLarge('a: 1\n') // undefined
 */
export function tooLarge(text: string): LimitBreach | undefined {
  if (text.length <= YAML_LIMITS.maxChars) return undefined;
  return {
    offset: YAML_LIMITS.maxChars,
    message: `the file has ${text.length.toLocaleString('en-US')} characters, more than the limit of ${YAML_LIMITS.maxChars.toLocaleString('en-US')} (1 MiB)`,
    expected: 'a YAML file of at most 1 MiB; split a larger one into several files',
  };
}
