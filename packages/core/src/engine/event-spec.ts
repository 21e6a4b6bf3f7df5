/** Events written on one line, as the CLI and the API take them: "CHN armed-attack JPN.senkaku". */
import { Event, EventKind } from '../model/event.ts';
import type { Issue, IssueCode, Result } from '../model/issues.ts';
import { fail, hasErrors, ok } from '../model/issues.ts';
import type { Library } from '../model/library.ts';
import { checkEvent } from '../model/scenario-checks.ts';
import { validate } from '../model/schema-issues.ts';

export const EVENT_SPEC_FORMAT =
  'ACTOR KIND TARGET, where TARGET is a place ("JPN.senkaku"), STATE:ASSET@PLACE ("PHL:public-vessel@PHL.second-thomas-shoal") or STATE:ASSET@LON,LAT ("USA:armed-forces@127.7,26.3")';

const coordinates = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/;

function targetOf(text: string): Record<string, unknown> {
  const asset = /^([^:@]+):([^@]+)@(.+)$/.exec(text);
  if (!asset) return { place: text };
  const [, state, kind, where] = asset as unknown as [string, string, string, string];
  const c = coordinates.exec(where);
  return c
    ? { state, asset: kind, at: [Number(c[1]), Number(c[2])] }
    : { state, asset: kind, place: where };
}

const problem = (code: IssueCode, message: string, pointer: string, hint?: string): Issue => ({
  code,
  severity: 'error',
  pointer,
  message,
  expected: EVENT_SPEC_FORMAT,
  hint,
});

/**
 * Reads one event from its one-line form and checks it against the library.
 * `label` names the input in issues (e.g. "--event 1").
 * @example parseEventSpec('CHN armed-attack JPN.senkaku', lib) // {ok: true, value: {actor: 'CHN', ...}}
 */
export function parseEventSpec(text: string, library: Library, label = 'event'): Result<Event> {
  const words = text.trim().split(/\s+/);
  if (words.length !== 3)
    return fail([
      problem(
        'invalid_event',
        `${label}: expected three words, found ${words.length}: "${text}"`,
        '',
      ),
    ]);
  const [actor, kind, target] = words as [string, string, string];
  if (!EventKind.safeParse(kind).success)
    return fail([
      problem(
        'invalid_value',
        `${label}: "${kind}" is not an event kind`,
        '/kind',
        `kinds: ${EventKind.options.join(', ')}`,
      ),
    ]);
  const parsed = validate(Event, { actor, kind, target: targetOf(target) }, label);
  if (!parsed.ok) return parsed;
  const issues: Issue[] = [];
  const report = (
    path: PropertyKey[],
    code: IssueCode,
    message: string,
    expected: string,
    hint?: string,
  ) =>
    issues.push({
      code,
      severity: 'error',
      file: label,
      pointer: `/${path.map(String).join('/')}`,
      message,
      expected,
      hint,
    });
  checkEvent(report, library, parsed.value, []);
  return hasErrors(issues) ? fail(issues) : ok(parsed.value);
}
