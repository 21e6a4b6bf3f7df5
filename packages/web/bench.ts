/** The web bundle's bench: initial JavaScript (entry chunk and its static imports) gzipped, against a 400 KB target. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BenchRow, benchRow } from '@casus/core';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const webDir = dirname(fileURLToPath(import.meta.url));
const repoDir = resolve(webDir, '..', '..');
export const INITIAL_JS_TARGET_KB = 400;

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds packages/web with Vite when dist is missing or older than its sources (core's included). */
export function ensureBuilt(): void {
  const index = join(webDir, 'dist', 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts'].map((p) => join(webDir, p));
  sources.push(join(repoDir, 'packages', 'core', 'src'));
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newest))) return;
  const vite = join(repoDir, 'node_modules', 'vite', 'bin', 'vite.js');
  // Vitest sets NODE_ENV=test, which would give an unminified development build of React.
  const env = { ...process.env, NODE_ENV: 'production' };
  // Vite's messages go to stderr: stdout carries `casus bench --json`.
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: webDir,
    stdio: ['ignore', process.stderr, process.stderr],
    env,
  });
}

/**
 * The files loaded before the first paint: the entry chunk and, transitively, its static imports.
 * @example initialFiles({'index.html': {file: 'assets/index.js', isEntry: true, imports: []}}) // ['assets/index.js']
 */
export function initialFiles(manifest: Record<string, ManifestChunk>): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].filter((f) => f.endsWith('.js'));
}

const gzKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/**
 * Measures the built bundle (building it first if needed).
 * @example runWebBench()[0] // {name: 'web initial JS (gzip)', value: 86.4, unit: 'KB', target: '< 400', ok: true}
 */
export function runWebBench(dist = join(webDir, 'dist')): BenchRow[] {
  if (dist === join(webDir, 'dist')) ensureBuilt();
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const initial = initialFiles(manifest).reduce((kb, f) => kb + gzKb(join(dist, f)), 0);
  const assets = readdirSync(join(dist, 'assets'));
  const worker = assets
    .filter((f) => /^worker-.*\.js$/.test(f))
    .reduce((kb, f) => kb + gzKb(join(dist, 'assets', f)), 0);
  const atlas = assets
    .filter((f) => f.endsWith('.json'))
    .reduce((kb, f) => kb + gzKb(join(dist, 'assets', f)), 0);
  return [
    benchRow('web initial JS (gzip)', initial, 'KB', { below: INITIAL_JS_TARGET_KB }),
    benchRow('web engine worker JS (gzip, loaded after paint)', worker, 'KB'),
    benchRow('web world atlas (gzip, static asset)', atlas, 'KB'),
  ];
}
