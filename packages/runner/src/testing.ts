/** Test support: the simulation context of the repository's own library. */
import { fileURLToPath } from 'node:url';
import { loadSimContext, type SimContext } from './context.ts';

/** The repository's library folder. */
export const repositoryLibraryDir = fileURLToPath(new URL('../../../library', import.meta.url));

let loaded: SimContext | undefined;

/**
 * The context of library/ with its reliability model, loaded once per test file.
 * @example const ctx = repositorySimContext(); ctx.library.scenarios.size // 44
 */
export function repositorySimContext(): SimContext {
  if (loaded) return loaded;
  const r = loadSimContext({ libraryDir: repositoryLibraryDir });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  loaded = r.value;
  return loaded;
}
