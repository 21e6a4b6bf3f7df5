/** Test support: `casus dyads` in a child process, so a test can interrupt it mid-write. */

import { runDyads } from '../commands/dyads.ts';
import { processIo } from '../commands/io.ts';

process.exitCode = await runDyads(process.argv.slice(2), processIo());
