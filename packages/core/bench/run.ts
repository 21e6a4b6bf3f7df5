/** Prints the engine benchmark for the curated library: `npx tsx packages/core/bench/run.ts`. */
import { formatIssue, loadLibrary, runEngineBench } from '../src/index.ts';
import { libraryFiles } from '../test/library-files.ts';

const lib = loadLibrary(libraryFiles());
if (!lib.ok) {
  console.error(lib.issues.map(formatIssue).join('\n'));
  process.exit(1);
}
const rows = runEngineBench(lib.value, { heapUsed: () => process.memoryUsage().heapUsed });
for (const r of rows)
  console.log(
    `${r.name.padEnd(58)} ${String(r.value).padStart(9)} ${r.unit.padEnd(3)} ${r.target.padEnd(6)} ${r.target ? (r.ok ? 'ok' : 'SLOW') : ''}`,
  );
