/** The public API of @casus/server: build the app (for tests), start it (for `casus serve`), bench it. */
export { tokenProblem } from './access-token.ts';
export { type AppOptions, buildApp } from './app.ts';
export { type BenchOptions, runServerBench } from './bench.ts';
export type { JobContext, JobRunner } from './jobs.ts';
export { defaultLibraryDir, type LibraryState, loadLibraryState } from './library-state.ts';
export { type MonteCarloEngine, monteCarloJobRunners } from './monte-carlo-jobs.ts';
export {
  DEFAULT_DRAIN_MS,
  DEFAULT_PORT,
  type RunningServer,
  type ServerOptions,
  startServer,
} from './start.ts';
