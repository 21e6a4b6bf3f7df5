/** The catalogue the UI lists from: agreements, architectures, scenarios, areas, places and states. */
import {
  type Agreement,
  type IsoDate,
  type Issue,
  type Library,
  membersOn,
  stateName,
} from '@casus/core';
import type { AgreementSummary, Catalog, LinkType } from './protocol.ts';

const linkTypes = new Set<string>(['defense', 'consultation', 'access']);

/**
 * One agreement as the map and the lists need it: dates, members, and its directed pairs. With a
 * date, only the members on that date, by the engine's dated membership, and their pairs (the
 * Manila Pact without Pakistan after 1972, NATO with united Germany and not the Federal Republic).
 * @example summarizeAgreement(usJapan).pairs[0] // {obligor: 'USA', beneficiary: 'JPN', type: 'consultation'}
 */
export function summarizeAgreement(a: Agreement, date?: IsoDate): AgreementSummary {
  const members: string[] = date ? membersOn(a, date) : [...a.members];
  const resolve = (p: 'members' | string[]) =>
    p === 'members' ? members : p.filter((s) => members.includes(s));
  const pairs = a.articles.flatMap((article) =>
    article.clauses
      .filter((c) => linkTypes.has(c.type))
      .flatMap((c) =>
        resolve(c.obligors).flatMap((obligor) =>
          resolve(c.beneficiaries)
            .filter((beneficiary) => beneficiary !== obligor)
            .map((beneficiary) => ({ obligor, beneficiary, type: c.type as LinkType })),
        ),
      ),
  );
  return {
    id: a.id,
    name: a.name,
    shortName: a.shortName,
    kind: a.kind,
    members,
    signed: a.signed,
    inForce: a.inForce,
    ended: a.ended,
    summary: a.summary,
    pairs,
  };
}

function statesOf(lib: Library): string[] {
  const ids = new Set<string>();
  for (const a of lib.agreements.values()) for (const m of a.members) ids.add(m);
  for (const p of lib.places.values()) {
    if (p.administeredBy) ids.add(p.administeredBy);
    for (const c of p.claimants) ids.add(c);
  }
  for (const s of lib.scenarios.values()) for (const e of s.events) ids.add(e.actor);
  return [...ids];
}

/** Everything the UI lists, read once from the loaded library. */
export function catalogOf(lib: Library, hash: string, issues: Issue[]): Catalog {
  return {
    hash,
    agreements: [...lib.agreements.values()].map((a) => summarizeAgreement(a)),
    architectures: [...lib.architectures.values()],
    scenarios: [...lib.scenarios.values()],
    areas: [...lib.areas.values()].map(({ id, name, description }) => ({ id, name, description })),
    places: [...lib.places.values()].map((p) => ({
      id: p.id,
      name: p.name,
      altNames: [...p.altNames],
      kind: p.kind,
      administeredBy: p.administeredBy,
      claimants: [...p.claimants],
      tags: [...p.tags],
    })),
    states: statesOf(lib)
      .map((id) => ({ id, name: stateName(id) }))
      .sort((x, y) => x.name.localeCompare(y.name)),
    proposals: [...lib.agreements.values()].filter((a) => a.kind === 'proposal'),
    constraints: [...lib.agreements.values()].flatMap((a) =>
      a.constraint
        ? [
            {
              state: a.constraint.state,
              situations: [...a.constraint.allowsForceFor],
              summary: a.constraint.summary,
              agreement: a.shortName,
            },
          ]
        : [],
    ),
    issues,
  };
}
