/**
 * The designer's state in its URL: the architecture the pact is added to (`base`), the proposal it
 * started from (`from`), its names and members as plain parameters, and its articles packed
 * (lz-string's URI-safe form of their JSON) unless they are the blank pact's one defence article.
 * @example #/designer?base=status-quo-2024&id=jpn-phl&name=My+pact&short=My+pact&members=JPN,PHL
 */
import type { Workbench } from '../common/catalog-context.tsx';
import { defaultArchitecture } from '../common/defaults.ts';
import { pack, unpack } from '../common/packed.ts';
import { pickParam } from '../common/url-params.ts';
import { adoptSlot, useUrlStore } from '../common/url-store.ts';
import type { Decoded, UrlCodec } from '../common/use-url-state.ts';
import {
  BASING_DESIGNS,
  type BasingDesign,
  blankDesign,
  CLAUSE_TYPES,
  type ClauseDesign,
  type Design,
  defenceClause,
  designFrom,
} from './design.ts';

export interface DesignerState {
  design: Design;
  /** The architecture the pact is added to for the battery. */
  base: string;
}

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const isParties = (v: unknown) => v === 'members' || isStrings(v);

function isClause(v: unknown): v is ClauseDesign {
  const c = v as Partial<ClauseDesign> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    CLAUSE_TYPES.includes(c.type as never) &&
    typeof c.response === 'string' &&
    typeof c.area === 'string' &&
    isStrings(c.events) &&
    isStrings(c.targets) &&
    isParties(c.obligors) &&
    isParties(c.beneficiaries)
  );
}

/** A clause as what differs from a new defence article: a design's articles pack to a few dozen characters. */
function clauseDiff(c: ClauseDesign): Partial<ClauseDesign> {
  const d: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(defenceClause()))
    if (JSON.stringify(c[k as keyof ClauseDesign]) !== JSON.stringify(v))
      d[k] = c[k as keyof ClauseDesign];
  return d as Partial<ClauseDesign>;
}

/** Articles unpacked from their differences, when each is a whole clause. */
function readClauses(text: string): ClauseDesign[] | undefined {
  const diffs = unpack(text, Array.isArray);
  const clauses = diffs?.map((d) => ({ ...defenceClause(), ...(d as object) }));
  return clauses?.every(isClause) ? clauses : undefined;
}

/** Where a design starts: the proposal it is based on, or a blank pact. */
function startOf(basedOn: string | null, w: Workbench, notices: string[]): Design {
  if (!basedOn) return blankDesign();
  const p = w.catalog.proposals.find((a) => a.id === basedOn);
  if (p) return designFrom(p);
  notices.push(
    `The link's design starts from "${basedOn}", which is not a proposal in the library; starting from a blank pact.`,
  );
  return blankDesign();
}

function decode(params: URLSearchParams, w: Workbench): Decoded<DesignerState> {
  const notices: string[] = [];
  const base = pickParam(
    params,
    'base',
    w.catalog.architectures.map((a) => a.id),
    defaultArchitecture(w.catalog),
    'architecture',
    notices,
  );
  const start = startOf(params.get('from'), w, notices);
  const states = new Set(w.catalog.states.map((s) => s.id));
  const listed = params.has('members')
    ? (params.get('members') ?? '').split(',').filter(Boolean)
    : start.members;
  const unknown = listed.filter((m) => !states.has(m));
  if (unknown.length > 0)
    notices.push(
      `The link's members ${unknown.join(', ')} are not states the library knows; left out.`,
    );
  const text = params.get('clauses');
  const clauses = text ? readClauses(text) : blankDesign().clauses;
  if (!clauses)
    notices.push("The link's articles could not be read (cut short?); showing the starting ones.");
  const design: Design = {
    ...start,
    id: params.get('id') ?? start.id,
    name: params.get('name') ?? start.name,
    shortName: params.get('short') ?? start.shortName,
    members: listed.filter((m) => states.has(m)),
    clauses: clauses ?? start.clauses,
    basing: pickParam(
      params,
      'basing',
      BASING_DESIGNS,
      start.basing,
      'basing',
      notices,
    ) as BasingDesign,
  };
  return { value: { design, base }, notices };
}

/** The design's fields as parameters; its articles packed when they are not the blank pact's one defence article. */
function encode({ design: d, base }: DesignerState): URLSearchParams {
  const p = new URLSearchParams({ base });
  if (d.basedOn) p.set('from', d.basedOn);
  p.set('id', d.id);
  p.set('name', d.name);
  p.set('short', d.shortName);
  p.set('members', d.members.join(','));
  if (d.basing !== 'none') p.set('basing', d.basing);
  if (JSON.stringify(d.clauses) !== JSON.stringify(blankDesign().clauses))
    p.set('clauses', pack(d.clauses.map(clauseDiff)));
  return p;
}

export const designerCodec: UrlCodec<DesignerState> = { decode, encode };

/**
 * A link's design (the designer's query, as another view's link carries it in `pact`) goes to
 * the designer's state, where every view reads the designed pact and the designer shows it.
 * @example adoptDesign('id=my-pact&members=JPN,PHL', workbench)
 */
export function adoptDesign(pact: string | undefined, w: Workbench): void {
  if (!pact || useUrlStore.getState().slots.designer?.query === pact) return;
  const { value, notices } = designerCodec.decode(new URLSearchParams(pact), w);
  adoptSlot('designer', { query: designerCodec.encode(value).toString(), value, notices });
}
