/** Dependencies inside core point one way: no module imports itself back, and no folder does either. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './library-files.ts';

const src = resolve(repoRoot, 'packages/core/src');

/** Every module of core/src (tests left out) with the relative modules it imports, types included. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  const specifier =
    /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g;
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8');
    const targets = [...text.matchAll(specifier)].map((m) =>
      relative(src, resolve(src, dirname(file), (m[1] ?? m[2])!)),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** The same graph between the top-level folders of core/src (a file at the top is its own folder). */
function folderGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const folder = (file: string) => file.split(/[\\/]/)[0]!;
  const folders = new Map<string, string[]>();
  for (const [file, targets] of graph) {
    const from = folder(file);
    const to = targets.map(folder).filter((t) => t !== from);
    folders.set(from, [...new Set([...(folders.get(from) ?? []), ...to])]);
  }
  return folders;
}

/** Each cycle found by a depth-first walk, as the path that closes it ("a → b → a"). */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (node: string, ancestors: string[]) => {
    state.set(node, 'open');
    const path = [...ancestors, node];
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open')
        found.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) walk(next, path);
    }
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) walk(node, []);
  return found;
}

describe('core imports', () => {
  const graph = importGraph();

  it('reads the modules it checks, and every relative import names one of them', () => {
    expect(graph.size).toBeGreaterThan(50);
    const missing = [...graph.values()].flat().filter((t) => !graph.has(t));
    expect(missing).toEqual([]);
  });

  it('have no circle between modules', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('have no circle between folders (model ← geo, engine ← sim ← analytics)', () => {
    expect(cycles(folderGraph(graph))).toEqual([]);
  });
});
