/** `--counterstrike-invokes yes|no`: the initiator rule or the literal reading, for every command that answers events. */
import type { Assumptions, Scenario } from '@casus/core';
import { parseChoice } from './args.ts';

export const counterstrikeFlags = { 'counterstrike-invokes': { type: 'string' } } as const;

export const COUNTERSTRIKE_USAGE = `  --counterstrike-invokes yes|no
                        whether a counter-strike on a member whose side opened the war invokes
                        its defence pacts: no (default) is the initiator rule (Leeds, Long &
                        Mitchell 2000), yes the literal reading (docs/engine.md)`;

/**
 * The flag as an assumption, or nothing when it is absent (the scenario's own then holds).
 * @example counterstrikeOption({'counterstrike-invokes': 'yes'}) // {counterstrikeInvokes: 'yes'}
 */
export function counterstrikeOption(flags: {
  'counterstrike-invokes'?: string | undefined;
}): Partial<Pick<Assumptions, 'counterstrikeInvokes'>> {
  const reading = parseChoice('--counterstrike-invokes', flags['counterstrike-invokes'], [
    'yes',
    'no',
  ]);
  return reading === undefined ? {} : { counterstrikeInvokes: reading };
}

/**
 * The reading in words, as every answer prints it.
 * @example counterstrikeLine('no') // 'counter-strikes: no (the initiator rule: …)'
 */
export const counterstrikeLine = (reading: Assumptions['counterstrikeInvokes']): string =>
  reading === 'yes'
    ? 'counter-strikes: yes (the literal reading: a strike back at the side that opened the war invokes its defence pacts)'
    : 'counter-strikes: no (the initiator rule: a defence pact answers an attack on a member whose side did not open the war, unless its clause says it reaches further)';

/**
 * The scenario with --counterstrike-invokes, when given, in place of its own reading.
 * @example withCounterstrikeFlag(senkaku, {'counterstrike-invokes': 'yes'}).assumptions.counterstrikeInvokes // 'yes'
 */
export const withCounterstrikeFlag = (s: Scenario, values: Record<string, unknown>): Scenario => {
  const option = counterstrikeOption(values);
  return option.counterstrikeInvokes ? { ...s, assumptions: { ...s.assumptions, ...option } } : s;
};

/**
 * One assumption's line over a battery: one line if every scenario shares it, else one per
 * distinct line with the scenarios that hold it.
 * @example batteryLine(scenarios, (a) => counterstrikeLine(a.counterstrikeInvokes))
 */
export function batteryLine(
  scenarios: readonly Scenario[],
  line: (a: Assumptions) => string,
): string {
  const byLine = new Map<string, string[]>();
  for (const s of scenarios) {
    const text = line(s.assumptions);
    byLine.set(text, [...(byLine.get(text) ?? []), s.id]);
  }
  if (byLine.size === 1) return [...byLine.keys()][0]!;
  return [...byLine].map(([text, ids]) => `${text} [${ids.join(', ')}]`).join('\n');
}

/** The battery's counter-strike reading: one line if every scenario shares it, else one per reading. */
export const readingsLine = (scenarios: readonly Scenario[]): string =>
  batteryLine(scenarios, (a) => counterstrikeLine(a.counterstrikeInvokes));
