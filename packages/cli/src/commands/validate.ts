/** `casus validate PATH`: checks library or scenario files and reports every problem with its position. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildLibrary,
  checkScenario,
  formatIssue,
  hasErrors,
  type Issue,
  kindOfPath,
  LIBRARY_KINDS,
  type LibraryKind,
  parseExpertJudgements,
  parseLibraryFile,
  parseReliabilityModel,
  type Scenario,
  type SourceFile,
} from '@casus/core';
import { readYamlFiles } from '@casus/data';
import { parseChoice, parseFlags } from '../args.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { defaultLibraryDir } from '../library-files.ts';

/** The words --kind takes: a library folder's name in the singular (sofas → sofa). */
const KINDS = LIBRARY_KINDS.map((k) => k.replace(/s$/, ''));

const usage = `Usage: casus validate PATH... [--kind KIND] [--json]

Checks YAML files: places, areas, agreements, bases, architectures, scenarios and SOFAs. A
file's kind comes from its folder (library/agreements/x.yaml is an agreement, library/sofas/x.yaml
a Status of Forces Agreement, library/models/x.yaml the
reliability model's parameters, or a fitted model when its form is logistic-fitted;
library/experts/x.yaml published expert judgements, each with its survey and source); any
other file is read as a scenario. Every file is checked together with the curated library, so
the states, places, areas and agreements it names must exist there.

Options:
  --kind KIND  read every given file as this kind, wherever it lies (a SOFA designed in
               the workbench and downloaded: --kind sofa); one of
               ${KINDS.join(', ')}
  --json       print the issues as JSON
Exit codes: 0 no errors, 1 errors found (or bad arguments), 2 internal error.`;

/**
 * Every issue in the given files, each checked in the context of the curated library; `kind`
 * names the given files' kind instead of their folders.
 * @example validateFiles(readYamlFiles('library')) // [] when the library is clean
 */
export function validateFiles(
  files: SourceFile[],
  libraryDir = defaultLibraryDir(),
  kind?: LibraryKind,
): Issue[] {
  const given = new Map(files.map((f) => [resolve(f.path), f]));
  const kindOf = (path: string) => (kind && given.has(resolve(path)) ? kind : kindOfPath(path));
  const context = readYamlFiles(libraryDir).filter((f) => !given.has(resolve(f.path)));
  const libraryFiles = files.filter((f) => kindOf(f.path));
  const { library, issues } = buildLibrary([...context, ...libraryFiles], kindOf);
  const mine = issues.filter((i) => i.file !== undefined && given.has(resolve(i.file)));
  const isModel = (f: SourceFile) => !kind && /(^|[\\/])models[\\/][^\\/]+\.ya?ml$/.test(f.path);
  const isExperts = (f: SourceFile) => !kind && /(^|[\\/])experts[\\/][^\\/]+\.ya?ml$/.test(f.path);
  for (const experts of files.filter(isExperts))
    mine.push(...parseExpertJudgements(experts.text, experts.path, library).issues);
  // A model file is read as the simulation reads it, hand-set or fitted by its form.
  for (const model of files.filter(isModel))
    mine.push(...parseReliabilityModel(model.text, model.path).issues);
  const loose = files.filter(
    (f) => !kindOf(f.path) && !isModel(f) && !isExperts(f) && !/\.cases\.ya?ml$/.test(f.path),
  );
  for (const file of loose) {
    const parsed = parseLibraryFile('scenarios', file);
    if (!parsed.ok) mine.push(...parsed.issues);
    else
      for (const [s, origin] of parsed.value)
        mine.push(...checkScenario(s as Scenario, library, origin));
  }
  return mine;
}

export const validateCommand: Command = {
  name: 'validate',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { kind: { type: 'string' } });
    const kind = parseChoice('--kind', values.kind, KINDS);
    if (positionals.length === 0) throw new UsageError('give a file or folder to check');
    const missing = positionals.filter((p) => !existsSync(p));
    if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
    const files = positionals
      .flatMap((p) => readYamlFiles(p))
      .filter((f) => !/\.cases\.ya?ml$/.test(f.path));
    const issues = validateFiles(
      files,
      undefined,
      kind === undefined ? undefined : LIBRARY_KINDS[KINDS.indexOf(kind)],
    );
    const errors = issues.filter((i) => i.severity === 'error').length;
    if (values.json) io.stdout(JSON.stringify({ files: files.length, errors, issues }, null, 2));
    else if (issues.length === 0) io.stdout(`${files.length} file(s) checked: no problems`);
    else {
      io.stderr(issues.map(formatIssue).join('\n\n'));
      io.stderr(
        `\n${files.length} file(s) checked: ${errors} error(s), ${issues.length - errors} warning(s)`,
      );
    }
    return hasErrors(issues) ? EXIT.badInput : EXIT.ok;
  },
};
