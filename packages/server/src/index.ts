/** The public API of @casus/server: build the app (for tests), start it (for `casus serve`), bench it. */
export { type AppOptions, buildApp } from './app.ts';
export { type BenchOptions, type BenchRow, runServerBench } from './bench.ts';
export type { JobContext, JobRunner } from './jobs.ts';
export { defaultLibraryDir, loadLibraryState } from './library-state.ts';
export { DEFAULT_PORT, type RunningServer, type ServerOptions, startServer } from './start.ts';
