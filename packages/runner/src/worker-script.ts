/** Worker scripts as plain JavaScript, each bundled once per process from its TypeScript entry. */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const scripts = new Map<string, Promise<string>>();

/**
 * The source of the worker at `entry`, bundled with what it imports (keep that small: import
 * a subpath such as '@casus/core/monte-carlo', not the whole core).
 * Why not tsx in the worker, as elsewhere: tsx's loader detaches array buffers as it loads a
 * file, and once any buffer in a thread has been detached V8 checks every typed-array access in
 * that thread, which made the trial loop about 1.3 times as slow (docs/simulation.md, "What
 * bounds the rate"). A bundled script loads no file through a loader.
 * @example new Worker(await bundledWorker(new URL('./worker.ts', import.meta.url)), {eval: true, workerData})
 */
export function bundledWorker(entry: URL): Promise<string> {
  const path = fileURLToPath(entry);
  let script = scripts.get(path);
  if (!script) {
    script = build({
      entryPoints: [path],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
    }).then((r) => r.outputFiles[0]!.text);
    scripts.set(path, script);
  }
  return script;
}

/**
 * The simulation worker (worker.ts), bundled with the part of core it imports (the trial loop, about 10 kB).
 * @example new Worker(await workerScript(), {eval: true, workerData})
 */
export const workerScript = (): Promise<string> =>
  bundledWorker(new URL('./worker.ts', import.meta.url));
