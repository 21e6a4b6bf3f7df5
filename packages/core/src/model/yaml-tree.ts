/**
 * One pass over a composed YAML tree: the checks the yaml package makes in quadratic time
 * (duplicate keys) or only by throwing, warning on stderr or not at all (aliases, complex keys),
 * and an index of each map's keys so that locating an issue costs no scan.
 */
import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { cut } from './issues.ts';
import { YAML_LIMITS } from './yaml-limits.ts';

/** A problem the walk found, at an offset into the text. */
export interface TreeProblem {
  code: 'yaml_syntax' | 'yaml_limit';
  offset: number;
  message: string;
  expected: string;
}

export interface Tree {
  problems: TreeProblem[];
  /** The node under `key` in a map or list, found in constant time. */
  childOf(node: unknown, key: PropertyKey): Node | undefined;
}

/** An anchor is open while the walk is inside the node it marks: an alias to it there is a cycle. */
interface Anchor {
  open: boolean;
  size: number;
}

/**
 * Walks the document once; its problems, and the index locate() reads.
 * @example walkTree(parseDocument('a: 1\na: 2\n')).problems[0].message // 'key "a" appears twice in this map'
 */
export function walkTree(doc: Document): Tree {
  const problems: TreeProblem[] = [];
  const keysOf = new WeakMap<YAMLMap, Map<string, Node>>();
  const anchors = new Map<string, Anchor>();
  let aliases = 0;
  let aliased = 0;
  const at = (node: Node | null) => node?.range?.[0] ?? 0;

  const visitAlias = (alias: Alias): number => {
    aliases += 1;
    const anchor = anchors.get(alias.source);
    const name = `*${cut(alias.source)}`;
    if (aliases === YAML_LIMITS.maxAliases + 1)
      problems.push({
        code: 'yaml_limit',
        offset: at(alias),
        message: `the file has more than ${YAML_LIMITS.maxAliases} aliases`,
        expected: `at most ${YAML_LIMITS.maxAliases} aliases (*name) per file`,
      });
    if (!anchor)
      problems.push({
        code: 'yaml_syntax',
        offset: at(alias),
        message: `alias ${name} refers to no anchor`,
        expected: 'every alias (*name) to refer to an anchor (&name) defined before it',
      });
    else if (anchor.open)
      problems.push({
        code: 'yaml_syntax',
        offset: at(alias),
        message: `alias ${name} refers to a node that contains it`,
        expected: 'an alias outside the node its anchor marks (a cycle cannot be read)',
      });
    else {
      const before = aliased;
      aliased += anchor.size;
      if (before <= YAML_LIMITS.maxAliasedNodes && aliased > YAML_LIMITS.maxAliasedNodes)
        problems.push({
          code: 'yaml_limit',
          offset: at(alias),
          message: `the aliases stand for more than ${YAML_LIMITS.maxAliasedNodes.toLocaleString('en-US')} nodes`,
          expected: `aliases that add up to at most ${YAML_LIMITS.maxAliasedNodes.toLocaleString('en-US')} nodes per file`,
        });
      return anchor.size;
    }
    return 1;
  };

  /** The entries of a map, or the one entry a list item of !!omap or !!pairs holds. */
  const visitPairs = (pairs: readonly Pair[], keys: Map<string, Node>): number => {
    let size = 0;
    for (const pair of pairs) {
      const key = pair.key as Node | null;
      if (key !== null && !isScalar(key))
        problems.push({
          code: 'yaml_syntax',
          offset: at(key),
          message: 'a map key is itself a map, a list or an alias (a complex key)',
          expected: 'plain keys: a word, a number or a quoted string',
        });
      else {
        const name = String(key?.value ?? '');
        if (keys.has(name))
          problems.push({
            code: 'yaml_syntax',
            offset: at(key),
            message: `key "${cut(name)}" appears twice in this map`,
            expected: 'each key once per map',
          });
        else keys.set(name, (pair.value as Node | null) ?? (key as Node));
      }
      size += visit(key) + visit(pair.value);
    }
    return size;
  };

  /** The node's size with its aliases expanded, the measure of the work reading it costs. */
  const visit = (node: unknown): number => {
    if (isAlias(node)) return visitAlias(node);
    if (isPair(node)) return visitPairs([node], new Map());
    if (!isNode(node)) return 0;
    const anchor: Anchor | undefined = node.anchor ? { open: true, size: 0 } : undefined;
    if (anchor) anchors.set(node.anchor as string, anchor);
    let size = 1;
    if (isMap(node)) {
      const keys = new Map<string, Node>();
      keysOf.set(node, keys);
      size += visitPairs(node.items, keys);
    } else if (isSeq(node)) for (const item of node.items) size += visit(item);
    if (anchor) Object.assign(anchor, { open: false, size });
    return size;
  };

  visit(doc.contents);
  return {
    problems,
    childOf(node, key) {
      if (isMap(node)) return keysOf.get(node)?.get(String(key));
      if (isSeq(node)) {
        const item = node.items[Number(key)];
        return isNode(item) ? item : undefined;
      }
      return undefined;
    },
  };
}
