/** Basing in a cascade: the base that brought a host in, as a link, and the bases in reach grouped per host. */
import type { BaseUseRecord, Entry } from '@casus/core';

type Named = (iso3: string) => string;
const codes: Named = (s) => s;

/**
 * The link a base made: who struck it (or decided with the host to fight from it), for an entry a
 * base brought in; undefined for any other entry.
 * @example baseLink(jpn, basing) // "JPN ← CHN strikes USA forces at Kadena Air Base (JPN)"
 */
export function baseLink(
  e: Pick<Entry, 'state' | 'via' | 'base'>,
  basing: readonly BaseUseRecord[] = [],
): string | undefined {
  if (!e.base) return undefined;
  const r = basing.find((b) => b.base === e.base && b.host === e.state) ??
    basing.find((b) => b.base === e.base) ?? {
      name: e.base,
      host: e.state,
      user: e.via ?? '?',
      decision: 'host-consent' as const,
    };
  const at = `${r.name} (${r.host})`;
  return r.decision === 'joint-decision' && e.via === r.user
    ? `${e.state} ← ${r.user}: a joint decision to fight from ${at}`
    : `${e.state} ← ${e.via ?? '?'} strikes ${r.user} forces at ${at}`;
}

/** One user's bases in one host, with one answer and one set of strikers. */
export interface BasingGroup {
  key: string;
  host: string;
  user: string;
  decision: BaseUseRecord['decision'];
  answer: BaseUseRecord['answer'];
  struckBy: string[];
  grant: string;
  bases: Pick<BaseUseRecord, 'base' | 'name' | 'why'>[];
}

/**
 * The bases in reach grouped as the CLI prints them: per host, user, answer and strikers.
 * @example groupBasing(result.basing)[0] // {host: 'JPN', user: 'USA', answer: 'consents', bases: [kadena, futenma, …]}
 */
export function groupBasing(basing: readonly BaseUseRecord[] = []): BasingGroup[] {
  const groups = new Map<string, BasingGroup>();
  for (const r of basing) {
    const key = [r.host, r.user, r.decision, r.answer, r.struckBy.join(',')].join('|');
    const g = groups.get(key) ?? {
      key,
      host: r.host,
      user: r.user,
      decision: r.decision,
      answer: r.answer,
      struckBy: r.struckBy,
      grant: r.grant,
      bases: [],
    };
    g.bases.push({ base: r.base, name: r.name, why: r.why });
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * The host's answer and its consequence, in words.
 * @example answerWords(group, name) // "Japan consents; struck by China"
 */
export function answerWords(g: BasingGroup, name: Named = codes): string {
  const host = name(g.host);
  const said =
    g.answer === 'not-assumed'
      ? `${host}${host.endsWith('s') ? "'" : "'s"} answer not assumed, so not used`
      : `${host} ${g.answer}${g.answer === 'refuses' ? ', so not used' : ''}`;
  const joint = g.decision === 'joint-decision' ? `joint decision with ${name(g.user)}: ` : '';
  const struck = g.struckBy.length ? `; struck by ${g.struckBy.map(name).join(', ')}` : '';
  return `${joint}${said}${struck}`;
}

/** The hosts whose answer the user may set: those with bases in reach, in first-seen order. */
export const basingHosts = (basing: readonly BaseUseRecord[] = []): string[] => [
  ...new Set(basing.map((b) => b.host)),
];
