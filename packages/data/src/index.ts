/** The only entry point of @casus/data: dataset fetch and import, the DuckDB store, capabilities, dyad-years, ATOP agreements, and the `casus data` / `casus dyads` command handlers. */

export {
  type AllianceNetworks,
  CARRY_FLAG,
  carryAssumption,
  type NetworkDataVersion,
  type NetworkRequest,
  readAllianceNetworks,
} from './alliance-networks.ts';
export { loadAllianceYears } from './alliance-years.ts';
export {
  type AtopAgreements,
  type AtopClauseFlags,
  loadAtopAgreements,
} from './atop-agreements.ts';
export {
  BACKTEST_DATASETS,
  type BacktestData,
  loadBacktestData,
  missingBacktestDatasets,
} from './backtest-data.ts';
export { runDataBench } from './bench.ts';
export {
  type Capital,
  loadCapabilities,
  lookupCapabilities,
  lookupCapital,
  type NmcRecord,
} from './capabilities.ts';
export { DATA_FETCH_HELP, DATA_FETCH_USAGE, runDataFetch } from './commands/data-fetch.ts';
export { DATA_IMPORT_HELP, DATA_IMPORT_USAGE, runDataImport } from './commands/data-import.ts';
export { DATA_STATUS_HELP, DATA_STATUS_USAGE, runDataStatus } from './commands/data-status.ts';
export { DYADS_HELP, DYADS_USAGE, runDyads } from './commands/dyads.ts';
export {
  type CommandIo,
  EXIT_BAD_INPUT,
  EXIT_INTERNAL,
  EXIT_OK,
  processIo,
} from './commands/io.ts';
export { explainParseError } from './commands/parse.ts';
export { runStateYears, STATEYEARS_HELP, STATEYEARS_USAGE } from './commands/stateyears.ts';
export { DATASET_IDS, DATASETS, type Dataset, type DatasetId, datasetById } from './datasets.ts';
export {
  ATOP_YEARS,
  DYAD_ADDITIONS,
  DYAD_NMC_DEFAULT,
  type DyadAddition,
  type DyadOptions,
  datasetsForDyads,
  dyadYearsQuery,
  writeDyadYears,
} from './dyads.ts';
export { FetchError, fetchDatasets } from './fetch/fetch-datasets.ts';
export { type FitData, loadFitData } from './fit-data.ts';
export {
  capabilityChoice,
  type HistoricalCapability,
  type HistoricalLibrary,
  historicalInputs,
  historicalLibrary,
  NMC_LAST_YEAR,
} from './history.ts';
export { ImportError, type ImportReport, importDatasets } from './import.ts';
export {
  assertRegularFile,
  errnoWords,
  InputFileError,
  MAX_INPUT_BYTES,
  readInputText,
} from './input-file.ts';
export { readYamlFiles } from './library-files.ts';
export { type ManifestEntry, readManifest } from './manifest.ts';
export { type AtopDifference, mergeWithCurated } from './merge-curated.ts';
export {
  chooseNmcRelease,
  importedNmcReleases,
  NMC_RELEASE_NAMES,
  NMC_RELEASES,
  NMC_RULE,
  type NmcChoice,
  type NmcRelease,
  parseNmcRelease,
} from './nmc.ts';
export { tempOutputPath, whyUnwritable, writeOutput, writeOutputText } from './output-file.ts';
export { defaultDataDir, defaultDbPath } from './paths.ts';
export {
  loadCincWeights,
  loadPortfolios,
  missingForPortfolios,
  portfolioYearsCovered,
} from './portfolios.ts';
export {
  STATE_ADDITIONS,
  type StateAddition,
  type StateYearOptions,
  stateYearsQuery,
  writeStateYears,
} from './state-years.ts';
export { formatStatus, readStatus, type StoreStatus } from './status.ts';
export { openStore, type Store } from './store.ts';
export { systemEnd } from './system-carry.ts';
