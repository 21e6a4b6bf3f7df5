/** Plain-English words for the engine's answers: state names, response strengths, obligations. */
import type { ResponseStrength } from '../model/clause.ts';
import type { EventKind, Target, TargetKind } from '../model/event.ts';
import type { StateId } from '../model/ids.ts';
import { allStates, stateName } from '../model/states.ts';

// COW's formal names read badly mid-sentence; these are the names a policy analyst writes.
const shortNames: Record<string, string> = {
  USA: 'the United States',
  GBR: 'the United Kingdom',
  PHL: 'the Philippines',
  NLD: 'the Netherlands',
  PRK: 'North Korea',
  KOR: 'South Korea',
};

interface NameForms {
  name: string;
  capitalised: string;
  possessive: string;
}

function formsOf(state: string): NameForms {
  const name = shortNames[state] ?? stateName(state);
  return {
    name,
    capitalised: name.charAt(0).toUpperCase() + name.slice(1),
    possessive: name.endsWith('s') ? `${name}'` : `${name}'s`,
  };
}

// Every finding's summary names states: the forms of each state's name are built once, here.
const forms = new Map(allStates().map((s) => [s.iso3 as string, formsOf(s.iso3)]));
const formOf = (state: string): NameForms => forms.get(state) ?? formsOf(state);

/**
 * The name of a state as it reads in a sentence.
 * @example nameOf('USA') // 'the United States'
 */
export const nameOf = (state: StateId | string): string => formOf(state).name;

/** The same, capitalised for the start of a sentence. */
export const NameOf = (state: StateId | string): string => formOf(state).capitalised;

/**
 * How strongly a duty binds, as a phrase that follows the verb.
 * @example responsePhrase.constitutional // 'in accordance with its constitutional processes'
 */
export const responsePhrase: Record<ResponseStrength, string> = {
  automatic: 'automatically',
  constitutional: 'in accordance with its constitutional processes',
  'consult-first': 'after consulting its partners first',
  discretionary: 'at its own discretion',
  unstated: 'with a strength the source does not record',
};

export const eventKindWords: Record<EventKind, string> = {
  'armed-attack': 'an armed attack',
  incursion: 'an incursion',
  blockade: 'a blockade',
  'missile-launch': 'a missile launch',
  'gray-zone': 'gray-zone coercion',
  cyber: 'a cyber attack',
  threat: 'a threat of force',
};

export const targetKindWords: Record<TargetKind, string> = {
  territory: 'territory',
  'armed-forces': 'armed forces',
  'public-vessel': 'public vessels',
  aircraft: 'aircraft',
};

/**
 * A list in prose: "a, b and c", or "a or b" with `or`.
 * @example listWords(['territory', 'armed forces']) // 'territory and armed forces'
 */
export function listWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/**
 * "the possessive" of a state name: "Japan's", "the United States'".
 * @example possessive('USA') // "the United States'"
 */
export const possessive = (state: StateId | string): string => formOf(state).possessive;

const assetWords: Record<Exclude<TargetKind, 'territory'>, string> = {
  'armed-forces': 'armed forces',
  'public-vessel': 'public vessel',
  aircraft: 'aircraft',
};

/**
 * The target of an event in words, given the name of the place it is at (if known).
 * @example describeTarget({state: 'PHL', asset: 'public-vessel', place: 'PHL.second-thomas-shoal'}, 'Second Thomas Shoal')
 * // "the Philippines' public vessel at Second Thomas Shoal"
 */
export function describeTarget(target: Target, placeName: string | undefined): string {
  const at = 'at' in target && target.at ? `${target.at[1]}°N ${target.at[0]}°E` : undefined;
  const where = placeName ?? at ?? 'an unknown place';
  if (!('state' in target)) return where;
  const detail = target.detail ? ` (${target.detail})` : '';
  return `${possessive(target.state)} ${assetWords[target.asset]}${detail} at ${where}`;
}

/**
 * A declared situation in words, with its article.
 * @example situationWords('armed-attack-situation') // 'an armed-attack situation'
 */
export function situationWords(situation: string): string {
  const words = situation.replace(/-situation$/, ' situation');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/**
 * The first sentence of a longer text, for reasons that quote a summary.
 * @example firstSentence('Suspended in 1986. Details follow.') // 'Suspended in 1986.'
 */
export function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return end < 0 ? text.trim() : text.slice(0, end + 1).trim();
}
