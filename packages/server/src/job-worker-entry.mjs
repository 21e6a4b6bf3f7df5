// The entry of a job's thread (job-thread.ts): tsx's loader first, then the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./job-worker.ts');
