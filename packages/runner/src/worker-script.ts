/** The simulation worker as one plain-JavaScript script, bundled once per process from `worker.ts`. */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

let script: Promise<string> | undefined;

/**
 * The worker's source, bundled with the part of core it imports (the trial loop, about 10 kB).
 * Why not tsx in the worker, as elsewhere: tsx's loader detaches array buffers as it loads a
 * file, and once any buffer in a thread has been detached V8 checks every typed-array access in
 * that thread, which made the trial loop about 1.3 times as slow (docs/simulation.md, "What
 * bounds the rate"). A bundled script loads no file through a loader.
 * @example new Worker(await workerScript(), {eval: true, workerData})
 */
export function workerScript(): Promise<string> {
  script ??= build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return script;
}
