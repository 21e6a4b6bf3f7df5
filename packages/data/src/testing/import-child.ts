/** Test support: a child process that imports a folder into a database and prints one line per dataset. */
import { importDatasets } from '../import.ts';

const [dir, dbPath] = process.argv.slice(2);
await importDatasets({
  dir: dir!,
  dbPath: dbPath!,
  onProgress: ({ dataset }) => process.stdout.write(`imported ${dataset}\n`),
});
process.stdout.write('done\n');
