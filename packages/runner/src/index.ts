/** The public API of @casus/runner: the Node-side simulation runner the CLI and the server share. */
export { readModelCalibration } from './calibration.ts';
export {
  assembleComparison,
  baselineOf,
  type Comparison,
  compareArchitectures,
} from './comparison.ts';
export {
  defaultReliabilityFile,
  fittedReliabilityFile,
  handSetReliabilityFile,
  loadSimContext,
  modelStamp,
  type SimContext,
  type SimContextOptions,
} from './context.ts';
export { type ModelSources, readModelSources } from './model-sources.ts';
export {
  type CompareRun,
  createMonteCarloRunner,
  type MonteCarloRunner,
  type RunControl,
  type SensitivityRun,
  type SimulateRun,
} from './monte-carlo-runner.ts';
export { defaultWorkers, type ParallelOptions, ROUND_BLOCKS, simulate } from './parallel.ts';
export { type BatteryOptions, type BatteryRun, runBattery } from './run-battery.ts';
export {
  type OneAtATimeAnswer,
  type SensitivityOptions,
  type SensitivityScope,
  type SobolAnswer,
  sensitivityOneAtATime,
  sensitivitySobol,
} from './sensitivity.ts';
export { type ScenarioAnswer, simulateScenario } from './simulate-scenario.ts';
export {
  type BatteryRunRef,
  type WidestInterval,
  widestInBatteries,
  widestInBatteryAnswer,
  widestInScenario,
  widestInScenarios,
} from './stopping-rule.ts';
export { bundledWorker, workerScript } from './worker-script.ts';
