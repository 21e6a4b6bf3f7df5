/** A designed pact as form fields, and the Agreement (the library's own schema) it stands for. */
import {
  type Agreement,
  type AgreementInput,
  type Clause,
  EventKind,
  ResponseStrength,
  TargetKind,
} from '@casus/core';

export type DesignClauseType = 'defense' | 'consultation' | 'access' | 'nonaggression';
export const CLAUSE_TYPES: DesignClauseType[] = [
  'defense',
  'consultation',
  'access',
  'nonaggression',
];
export const RESPONSES = ResponseStrength.options;
export const TARGETS = TargetKind.options;
export const DESIGN_EVENTS = EventKind.options;

export interface ClauseDesign {
  type: DesignClauseType;
  response: (typeof RESPONSES)[number];
  /** An area id; empty means anywhere. */
  area: string;
  events: string[];
  targets: string[];
  obligors: 'members' | string[];
  beneficiaries: 'members' | string[];
}

/**
 * Whether the pact jointly manages its members' bases, and how combat from them is then decided
 * (a `joint-basing` institution; docs/engine.md, "Basing entanglement").
 */
export type BasingDesign = 'none' | 'joint-decision' | 'host-consent';
export const BASING_DESIGNS: BasingDesign[] = ['none', 'joint-decision', 'host-consent'];

export interface Design {
  id: string;
  name: string;
  shortName: string;
  members: string[];
  clauses: ClauseDesign[];
  basing: BasingDesign;
  /** The proposal the design started from, cited in its sources. */
  basedOn?: string | undefined;
}

export const defenceClause = (): ClauseDesign => ({
  type: 'defense',
  response: 'constitutional',
  area: '',
  events: ['armed-attack'],
  targets: [...TARGETS],
  obligors: 'members',
  beneficiaries: 'members',
});

export const blankDesign = (): Design => ({
  id: 'my-pact',
  name: 'My mutual defence pact',
  shortName: 'My pact',
  members: [],
  clauses: [defenceClause()],
  basing: 'none',
});

const WORDS: Record<DesignClauseType, string> = {
  defense: 'defend',
  consultation: 'consult with',
  access: 'grant basing access to',
  nonaggression: 'not attack',
};

/** A clause in plain words, for its summary. */
export function describeClause(c: ClauseDesign, areaName?: string): string {
  const who = (p: ClauseDesign['obligors']) => (p === 'members' ? 'every member' : p.join(', '));
  const where = c.type === 'access' ? '' : ` ${areaName ? `in ${areaName}` : 'anywhere'}`;
  const when =
    c.type === 'access' ? '' : ` against ${c.events.join(', ')} on ${c.targets.join(', ')}`;
  return `${who(c.obligors)} must ${WORDS[c.type]} ${who(c.beneficiaries)}${when}${where} (${c.response}).`;
}

/** Narrows named parties to the members, so a changed membership never leaves a stranger in a clause. */
const within = (p: ClauseDesign['obligors'], members: string[]) =>
  p === 'members'
    ? p
    : p.filter((s) => members.includes(s)).length > 0
      ? p.filter((s) => members.includes(s))
      : 'members';

/**
 * The design as a proposal in the library's schema, one article per clause.
 * @example toAgreement({...blankDesign(), members: ['JPN', 'PHL']}).articles[0].clauses[0].type // 'defense'
 */
export function toAgreement(d: Design, areaNames: Record<string, string> = {}): AgreementInput {
  const articles = d.clauses.map((c, i) => {
    const clause: Record<string, unknown> = {
      id: `${d.id}-art${i + 1}`,
      type: c.type,
      obligors: within(c.obligors, d.members),
      beneficiaries: within(c.beneficiaries, d.members),
      response: c.response,
      summary: describeClause(c, areaNames[c.area]),
    };
    if (c.type !== 'access')
      clause.trigger = {
        events: c.events,
        targets: c.targets,
        ...(c.area ? { area: c.area } : {}),
      };
    return {
      article: `Article ${i + 1}`,
      textStatus: 'not-quoted',
      source: 'Designed in the Casus workbench',
      clauses: [clause],
    };
  });
  return {
    id: d.id,
    name: d.name,
    shortName: d.shortName,
    kind: 'proposal',
    members: d.members,
    summary: `A pact designed in the Casus workbench: ${d.clauses.map((c) => describeClause(c, areaNames[c.area])).join(' ')}`,
    articles,
    ...((d.basing ?? 'none') === 'none'
      ? {}
      : {
          institutions: [
            {
              kind: 'joint-basing',
              name: 'Joint management of the members’ bases',
              hosts: d.members,
              combatUse: d.basing,
              source: 'Designed in the Casus workbench',
            },
          ],
        }),
    sources: [
      d.basedOn
        ? `Casus workbench design based on library/agreements/${d.basedOn}.yaml`
        : 'Casus workbench design',
    ],
  } as unknown as AgreementInput;
}

function clauseDesign(c: Clause): ClauseDesign | undefined {
  if (!(CLAUSE_TYPES as string[]).includes(c.type)) return undefined;
  return {
    type: c.type as DesignClauseType,
    response: c.response,
    area: c.trigger?.area ?? '',
    events: c.trigger?.events ?? ['armed-attack'],
    targets: c.trigger?.targets ?? ['territory'],
    obligors: c.obligors,
    beneficiaries: c.beneficiaries,
  };
}

/** The proposal a workbench design names in its sources (toAgreement writes it there). */
const BASED_ON = /^Casus workbench design based on library\/agreements\/(.+)\.yaml$/;

/**
 * An agreement as the design it stands for, id and names as they are: a saved design reopens as
 * it was saved.
 * @example designOf(toAgreement(design) as Agreement).members // design.members
 */
export function designOf(a: Agreement): Design {
  const basedOn = a.sources.map((s) => BASED_ON.exec(s)?.[1]).find(Boolean);
  return {
    id: a.id,
    name: a.name,
    shortName: a.shortName,
    members: [...a.members],
    clauses: a.articles.flatMap((art) => art.clauses.flatMap((c) => clauseDesign(c) ?? [])),
    basing: basingOf(a),
    ...(basedOn ? { basedOn } : {}),
  };
}

/** A library proposal as a design to edit; it gets a new id so it can sit beside the original. */
export function designFrom(a: Agreement): Design {
  return {
    ...designOf(a),
    id: `${a.id}-variant`,
    name: `${a.name} (variant)`,
    shortName: `${a.shortName} (variant)`,
    basedOn: a.id,
  };
}

/** How a library agreement jointly manages bases, as the designer's one choice. */
function basingOf(a: Agreement): BasingDesign {
  const joint = a.institutions.find((i) => i.kind === 'joint-basing');
  return joint ? (joint.combatUse ?? 'joint-decision') : 'none';
}
