/** What every route can reach: the library, the prepared-world cache, jobs, saved items and data status. */
import type { DataStatus } from './data-status.ts';
import type { JobManager } from './jobs.ts';
import type { LibraryState } from './library-state.ts';
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
}
