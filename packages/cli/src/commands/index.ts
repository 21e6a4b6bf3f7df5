/**
 * Every `casus` command, in the order `casus --help` lists them. Each command's module is loaded
 * only when it runs: loading all of them costs about half a second of start-up (the engine, the
 * server, DuckDB) that `casus dyads` or `casus state` do not need.
 */
import type { Command } from '../command.ts';

export interface CommandEntry {
  name: string;
  /** One line for `casus --help`. */
  summary: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  {
    name: 'obligations',
    summary:
      'who must act, by which article, when events happen on a date (and who need not, and why)',
    load: async () => (await import('./obligations.ts')).obligationsCommand,
  },
  {
    name: 'run',
    summary:
      'the cascade of a scenario file: who enters, in which round, and which finding brought each in',
    load: async () => (await import('./run.ts')).runCommand,
  },
  {
    name: 'compare',
    summary:
      'compare architectures over a scenario battery: deterrence, entanglement, escalation, coverage',
    load: async () => (await import('./compare.ts')).compareCommand,
  },
  {
    name: 'explore',
    summary: 'search Asian NATO memberships: the Pareto front of deterrence against entanglement',
    load: async () => (await import('./explore.ts')).exploreCommand,
  },
  {
    name: 'sensitivity',
    summary:
      'how much deterrence, entanglement, escalation or a P(enter) moves with each reliability parameter: tornado or Sobol',
    load: async () => (await import('./sensitivity.ts')).sensitivityCommand,
  },
  {
    name: 'experts',
    summary: 'the model’s P(enter) beside published expert judgements on the library’s scenarios',
    load: async () => (await import('./experts.ts')).expertsCommand,
  },
  {
    name: 'backtest',
    summary:
      'the engine against history: every COW war since 1816, which ATOP pledges were invoked and honoured',
    load: async () => (await import('./backtest.ts')).backtestCommand,
  },
  {
    name: 'fit',
    summary:
      'the reliability model fitted to the backtest, scored out of sample against the base rate',
    load: async () => (await import('./fit.ts')).fitCommand,
  },
  {
    name: 'library',
    summary: 'what the curated library holds: states, places, agreements by region and era',
    load: async () => (await import('./library.ts')).libraryCommand,
  },
  {
    name: 'landscape',
    summary: 'Axelrod & Bennett landscape theory: the exact global and local minima of alignment',
    load: async () => (await import('./landscape.ts')).landscapeCommand,
  },
  {
    name: 'network',
    summary:
      'the alliance network of a year: degree, betweenness, eigenvector, clustering, communities',
    load: async () => (await import('./network.ts')).networkCommand,
  },
  {
    name: 'similarity',
    summary:
      'how alike states’ alliance portfolios are: Signorino & Ritter’s S, Cohen’s κ, Scott’s π, τb',
    load: async () => (await import('./similarity.ts')).similarityCommand,
  },
  {
    name: 'agreements',
    summary: 'list agreements, by date, member and architecture',
    load: async () => (await import('./agreements.ts')).agreementsCommand,
  },
  {
    name: 'agreement show',
    summary: 'print one agreement with its articles, clauses and citations',
    load: async () => (await import('./agreement-show.ts')).agreementShowCommand,
  },
  {
    name: 'bases',
    summary: 'list military bases and access sites, by host, user, date and architecture',
    load: async () => (await import('./bases.ts')).basesCommand,
  },
  {
    name: 'sofa incident',
    summary: 'who tries and who holds an accused member of a visiting force, article by article',
    load: async () => (await import('./sofa-incident.ts')).sofaIncidentCommand,
  },
  {
    name: 'sofa compare',
    summary: 'compare SOFAs topic by topic, each cell with its article',
    load: async () => (await import('./sofa-compare.ts')).sofaCompareCommand,
  },
  {
    name: 'sofa diff',
    summary: 'what one SOFA (a proposal) changes against another, topic by topic',
    load: async () => (await import('./sofa-diff.ts')).sofaDiffCommand,
  },
  {
    name: 'state',
    summary: 'look a state up by ISO3, COW code, abbreviation or name',
    load: async () => (await import('./state.ts')).stateCommand,
  },
  {
    name: 'validate',
    summary: 'check library and scenario files; every error with file, line and column',
    load: async () => (await import('./validate.ts')).validateCommand,
  },
  {
    name: 'serve',
    summary: 'the workbench: web app and JSON API on http://127.0.0.1 (port 4173 unless --port)',
    load: async () => (await import('./serve.ts')).serveCommand,
  },
  {
    name: 'bench',
    summary: 'benchmarks of every package, against their targets',
    load: async () => (await import('./bench.ts')).benchCommand,
  },
  {
    name: 'data fetch',
    summary: 'download ATOP 5.1 and COW datasets (resumable, checksummed)',
    load: async () => (await import('./data.ts')).dataFetchCommand(),
  },
  {
    name: 'data import',
    summary: 'load downloaded or local datasets into the DuckDB store',
    load: async () => (await import('./data.ts')).dataImportCommand(),
  },
  {
    name: 'data status',
    summary: 'what the research-data store holds, and what is missing',
    load: async () => (await import('./data.ts')).dataStatusCommand(),
  },
  {
    name: 'dyads',
    summary:
      'dyad-year data (ATOP, NMC, contiguity, majors, distances, democracy, MIDs, wars) to CSV or Parquet',
    load: async () => (await import('./data.ts')).dyadsCommand(),
  },
  {
    name: 'stateyears',
    summary:
      'COW state-years (NMC, democracy, majors, nearest capital and neighbour) to CSV or Parquet',
    load: async () => (await import('./data.ts')).stateYearsCommand(),
  },
];
