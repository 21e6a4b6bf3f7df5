/** Everything a simulation answer depends on, read from disk once: the library, the reliability model, their hashes. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type AnswerHeader,
  type DeterrenceInputs,
  type Issue,
  type Library,
  libraryVersion,
  loadLibrary,
  majorPowersOn,
  modelFormula,
  modelValues,
  ok,
  parameterSources,
  parseReliabilityModel,
  presentDayInputs,
  type ReliabilityModel,
  type Result,
} from '@casus/core';
import { readInputText, readYamlFiles } from '@casus/data';

export interface SimContext {
  library: Library;
  libraryDir: string;
  /** core's libraryVersion of the library's files. */
  libraryHash: string;
  /** The reliability model, hand-set or fitted (its `form` says which). */
  params: ReliabilityModel;
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

/** The hand-set reliability model of a library folder: <folder>/models/reliability.yaml. */
export const handSetReliabilityFile = (libraryDir: string) =>
  join(libraryDir, 'models', 'reliability.yaml');

/** The model `casus fit` fitted to history: <folder>/models/reliability-fitted.yaml. */
export const fittedReliabilityFile = (libraryDir: string) =>
  join(libraryDir, 'models', 'reliability-fitted.yaml');

/**
 * The simulation's default reliability model: the fitted one, because it predicts the backtest's
 * cases better out of sample than the hand-set one (its fit.compared; docs/simulation.md).
 */
export const defaultReliabilityFile = fittedReliabilityFile;

export interface SimContextOptions {
  /** The library folder. */
  libraryDir: string;
  /** A reliability file of either form (default: defaultReliabilityFile, the fitted one). */
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
  const text = readInputText(paramsFile);
  const params = parseReliabilityModel(text, relative(process.cwd(), paramsFile) || paramsFile);
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
        'present-day proxy share (core/src/data/capability-proxy.ts), distance-discounted by the EUGene loss-of-strength gradient from each capital or, under projection: bases, the nearest base',
    },
  };
}

const missingReliability = (file: string): Issue => ({
  code: 'invalid_value',
  severity: 'error',
  file,
  pointer: '',
  message: `no reliability parameters at ${file}`,
  expected:
    'a reliability file: fitted like library/models/reliability-fitted.yaml, or hand-set like library/models/reliability.yaml',
});

/** The model as printed with every answer: its form, equation and values, file and hash, library hash. */
export function modelStamp(ctx: SimContext) {
  return {
    reliability: {
      file: ctx.paramsFile,
      sha256: ctx.paramsHash,
      form: ctx.params.form,
      formula: modelFormula(ctx.params),
      values: modelValues(ctx.params),
      /** Every parameter with its source kind: fitted, elicited, cited or assumption. */
      sources: parameterSources(ctx.params),
    },
    library: { dir: relative(process.cwd(), ctx.libraryDir) || '.', sha256: ctx.libraryHash },
    capability: ctx.capabilitySource,
    ...(ctx.history ? { history: ctx.history } : {}),
    majorPowers: `COW majors2016 (${majorPowersOn('2016-12-31').join(', ')}), carried past 2016`,
  };
}
