/**
 * The scenario view's state in its URL: the event's fields as plain parameters (arch, date, actor,
 * kind, target, asset, state), the library scenario it started from (whose later events ride
 * along; a scenario not in the library, a saved one say, packs its later events in `more`), the
 * assumptions (situations; basing packed when not the defaults), and whether the
 * cascade was run and in which mode, so a copied link reruns it. What the link leaves out is the
 * default, not the library scenario's value, so the link says all there is.
 * @example #/scenario?scenario=senkaku-2026&arch=status-quo-2024&date=2026-03-01&actor=CHN&kind=armed-attack&target=JPN.senkaku&asset=territory&run=1
 */
import { Basing, type CascadeMode, Event, type EventInput } from '@casus/core';
import type { Workbench } from '../common/catalog-context.tsx';
import { defaultArchitecture, today } from '../common/defaults.ts';
import { pack, unpack } from '../common/packed.ts';
import { pickParam } from '../common/url-params.ts';
import type { Decoded, UrlCodec } from '../common/use-url-state.ts';
import { adoptDesign } from '../designer/designer-url.ts';
import {
  ASSET_KINDS,
  type AssetKind,
  type Draft,
  defaultBasing,
  EVENT_KINDS,
  fromScenario,
} from './draft.ts';

export interface ScenarioState {
  draft: Draft;
  /** The cascade's mode, and whether it was run for this draft (cleared by any change to it). */
  mode: CascadeMode;
  ran: boolean;
  /** The designer's query for the designed pact added to the architecture, when one is: the link carries the design. */
  pact?: string | undefined;
}

const MODES = ['strict', 'honoured'];

/** A blank draft: China, an armed attack, no target yet, today. */
export function blankDraft(architecture: string): Draft {
  return {
    actor: 'CHN',
    kind: 'armed-attack',
    place: '',
    asset: 'territory',
    assetState: '',
    date: today(),
    architecture,
    situations: {},
    basing: defaultBasing(),
    extraEvents: [],
  };
}

const isBasing = (v: unknown): v is Basing => Basing.safeParse(v).success;
const isEvents = (v: unknown): v is EventInput[] =>
  Array.isArray(v) && v.every((e) => Event.safeParse(e).success);

function readSituations(text: string | null, w: Workbench, notices: string[]) {
  const situations: Record<string, string> = {};
  for (const pair of text ? text.split(',') : []) {
    const [state = '', situation = ''] = pair.split(':');
    if (w.catalog.constraints.some((c) => c.state === state && c.situations.includes(situation)))
      situations[state] = situation;
    else notices.push(`The link's assumption "${pair}" is not one the library knows; left out.`);
  }
  return situations;
}

function decode(params: URLSearchParams, w: Workbench): Decoded<ScenarioState> {
  const notices: string[] = [];
  const { catalog } = w;
  const scenarioId = params.get('scenario');
  const loaded = scenarioId ? catalog.scenarios.find((s) => s.id === scenarioId) : undefined;
  if (scenarioId && !loaded)
    notices.push(
      `The link's library scenario "${scenarioId}" is not in the library; building from its fields alone.`,
    );
  const base = loaded ? fromScenario(loaded) : blankDraft(defaultArchitecture(catalog));
  const states = catalog.states.map((s) => s.id);
  const basingText = params.get('basing');
  const basing = basingText ? unpack(basingText, isBasing) : defaultBasing();
  if (!basing)
    notices.push("The link's basing assumptions could not be read; showing the defaults.");
  const moreText = params.get('more');
  const more = moreText ? unpack(moreText, isEvents) : undefined;
  if (moreText && !more)
    notices.push("The link's later events could not be read (cut short?); left out.");
  const asset = pickParam(params, 'asset', ASSET_KINDS, base.asset, 'target kind', notices);
  const draft: Draft = {
    ...base,
    architecture: pickParam(
      params,
      'arch',
      catalog.architectures.map((a) => a.id),
      base.architecture,
      'architecture',
      notices,
    ),
    date: params.get('date') ?? base.date,
    actor: pickParam(params, 'actor', states, base.actor, 'actor', notices),
    kind: pickParam(params, 'kind', EVENT_KINDS, base.kind, 'event', notices),
    // An unknown place is kept: the engine says in words that it is not in the gazetteer.
    place: params.get('target') ?? base.place,
    asset: asset as AssetKind,
    assetState: pickParam(params, 'state', states, base.assetState, 'state hit', notices),
    situations: readSituations(params.get('assume'), w, notices),
    basing: basing ?? defaultBasing(),
    extraEvents: more ?? base.extraEvents,
  };
  const mode = pickParam(params, 'mode', MODES, 'honoured', 'cascade mode', notices) as CascadeMode;
  const pact = params.get('pact') ?? undefined;
  return { value: { draft, mode, ran: params.get('run') === '1', pact }, notices };
}

function encode({ draft: d, mode, ran, pact }: ScenarioState): URLSearchParams {
  const p = new URLSearchParams();
  if (d.scenarioId) p.set('scenario', d.scenarioId);
  else if (d.extraEvents.length > 0) p.set('more', pack(d.extraEvents));
  p.set('arch', d.architecture);
  p.set('date', d.date);
  p.set('actor', d.actor);
  p.set('kind', d.kind);
  if (d.place) p.set('target', d.place);
  p.set('asset', d.asset);
  if (d.asset !== 'territory' && d.assetState) p.set('state', d.assetState);
  const situations = Object.entries(d.situations).map(([s, v]) => `${s}:${v}`);
  if (situations.length > 0) p.set('assume', situations.join(','));
  if (JSON.stringify(d.basing) !== JSON.stringify(defaultBasing())) p.set('basing', pack(d.basing));
  if (mode !== 'honoured') p.set('mode', mode);
  if (ran) p.set('run', '1');
  if (pact) p.set('pact', pact);
  return p;
}

export const scenarioCodec: UrlCodec<ScenarioState> = {
  decode,
  encode,
  adopt: (s, w) => adoptDesign(s.pact, w),
};
