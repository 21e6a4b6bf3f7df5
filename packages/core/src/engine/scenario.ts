/** Scenario files: YAML, the schema, and the cross-checks against the library, as one located result. */
import { fail, hasErrors, ok, type Result } from '../model/issues.ts';
import type { Library } from '../model/library.ts';
import { parseLibraryFile } from '../model/load-library.ts';
import type { Scenario } from '../model/scenario.ts';
import { checkScenario } from '../model/scenario-checks.ts';

/**
 * Parses and checks a scenario; every problem comes back as an issue with file, line and column,
 * never as an exception.
 * @example parseScenario(text, 'library/scenarios/senkaku-landing.yaml', lib) // {ok: true, value: scenario}
 */
export function parseScenario(text: string, file: string, library: Library): Result<Scenario> {
  const parsed = parseLibraryFile('scenarios', { path: file, text });
  if (!parsed.ok) return fail(parsed.issues);
  const [item, origin] = parsed.value[0]!;
  const scenario = item as Scenario;
  const issues = checkScenario(scenario, library, origin);
  return hasErrors(issues) ? fail(issues) : ok(scenario, issues);
}
