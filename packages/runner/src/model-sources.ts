/** The reliability file a server's jobs use, read for its parameters' source kinds (GET /api/models/sources). */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  type ParameterSource,
  parameterSources,
  parseReliabilityModel,
  type Result,
} from '@casus/core';
import { sha } from './context.ts';

export interface ModelSources {
  file: string;
  sha256: string;
  form: 'logistic' | 'logistic-fitted';
  sources: ParameterSource[];
}

/**
 * Every parameter of the reliability file with its source kind (fitted, elicited, cited,
 * assumption), or the file's located issues.
 * @example readModelSources('library/models/reliability-fitted.yaml').value?.sources.length
 */
export function readModelSources(path: string): Result<ModelSources> {
  const file = relative(process.cwd(), path) || path;
  const text = readFileSync(path, 'utf8');
  const parsed = parseReliabilityModel(text, file);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const value = {
    file,
    sha256: sha(text),
    form: parsed.value.form,
    sources: parameterSources(parsed.value),
  };
  return { ok: true, issues: [], value };
}
