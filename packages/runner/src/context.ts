/** Everything a simulation answer depends on, read from disk once: the library, the reliability model, their hashes. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type AnswerHeader,
  type DeterrenceInputs,
  type Issue,
  type Library,
  libraryVersion,
  loadLibrary,
  majorPowersOn,
  ok,
  parameterValues,
  parseReliabilityParams,
  presentDayInputs,
  type ReliabilityParams,
  type Result,
} from '@casus/core';
import { readYamlFiles } from '@casus/data';

export interface SimContext {
  library: Library;
  libraryDir: string;
  /** core's libraryVersion of the library's files. */
  libraryHash: string;
  params: ReliabilityParams;
  paramsFile: string;
  paramsHash: string;
  inputs: DeterrenceInputs;
  /** What `inputs` are, in words, for the model stamp. */
  capabilitySource: string;
  /** With --atop: the ATOP alliances added for the scenario's date. */
  history?: AnswerHeader['history'];
}

/** The hash an answer's model stamp gives a file: the first 16 hex digits of its sha256. */
export const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The default reliability model of a library folder: <folder>/models/reliability.yaml. */
export const defaultReliabilityFile = (libraryDir: string) =>
  join(libraryDir, 'models', 'reliability.yaml');

export interface SimContextOptions {
  /** The library folder. */
  libraryDir: string;
  /** Reliability parameters (default: the folder's models/reliability.yaml). */
  reliability?: string | undefined;
  /** The folder's library, already parsed (the server's), so that it is not parsed again. */
  library?: Library | undefined;
}

/**
 * Loads the library and the reliability parameters; every problem as a located issue.
 * @example loadSimContext({libraryDir: 'library'}).ok // true
 */
export function loadSimContext(options: SimContextOptions): Result<SimContext> {
  const { libraryDir } = options;
  const files = readYamlFiles(libraryDir).filter((f) => !f.path.includes(`models`));
  const lib = options.library ? ok(options.library) : loadLibrary(files);
  const paramsFile = options.reliability ?? defaultReliabilityFile(libraryDir);
  if (!existsSync(paramsFile)) return { ok: false, issues: [missingReliability(paramsFile)] };
  const text = readFileSync(paramsFile, 'utf8');
  const params = parseReliabilityParams(text, relative(process.cwd(), paramsFile) || paramsFile);
  if (!lib.ok || !params.ok) return { ok: false, issues: [...lib.issues, ...params.issues] };
  const libraryHash = libraryVersion(files);
  return {
    ok: true,
    issues: [],
    value: {
      library: lib.value,
      libraryDir,
      libraryHash,
      params: params.value,
      paramsFile: relative(process.cwd(), paramsFile) || paramsFile,
      paramsHash: sha(text),
      inputs: presentDayInputs(),
      capabilitySource:
        'present-day proxy share (core/src/data/capability-proxy.ts), distance-discounted by the EUGene loss-of-strength gradient from each capital',
    },
  };
}

const missingReliability = (file: string): Issue => ({
  code: 'invalid_value',
  severity: 'error',
  file,
  pointer: '',
  message: `no reliability parameters at ${file}`,
  expected: 'a YAML file like library/models/reliability.yaml',
});

/** The model as printed with every answer: parameter values, file and hash, library hash. */
export function modelStamp(ctx: SimContext) {
  return {
    reliability: {
      file: ctx.paramsFile,
      sha256: ctx.paramsHash,
      form: 'logit(p) = logit(base) + response + depth + distance + capability',
      values: parameterValues(ctx.params),
    },
    library: { dir: relative(process.cwd(), ctx.libraryDir) || '.', sha256: ctx.libraryHash },
    capability: ctx.capabilitySource,
    ...(ctx.history ? { history: ctx.history } : {}),
    majorPowers: `COW majors2016 (${majorPowersOn('2016-12-31').join(', ')}), carried past 2016`,
  };
}
