/** What every route can reach: the library, the prepared-world cache, jobs, saved items, data status, the alliance network and the model's calibration. */
import type { ModelCalibration, Result } from '@casus/core';
import type { NetworkYearAnswer } from '@casus/core/network-answer';
import type { ModelSources } from '@casus/runner';
import type { DataStatus } from './data-status.ts';
import type { JobManager } from './jobs.ts';
import type { LibraryState } from './library-state.ts';
import type { NetworkQuery } from './network-answers.ts';
import type { SavedStore } from './persistence.ts';
import type { WorldCache } from './world-cache.ts';

export interface AppContext {
  /** The server's version, from its package.json. */
  version: string;
  state: LibraryState;
  worlds: WorldCache;
  jobs: JobManager;
  saved: SavedStore;
  dataStatus(): Promise<DataStatus>;
  /** One year's alliance network from the data database (network-answers.ts). */
  network(query: NetworkQuery): Promise<NetworkYearAnswer>;
  /** The calibration to show beside the jobs' answers (runner's readModelCalibration), read on each call. */
  calibration(): Result<ModelCalibration | null>;
  /** The jobs' reliability file's parameters with their source kinds (runner's readModelSources), read on each call. */
  modelSources(): Result<ModelSources>;
}
