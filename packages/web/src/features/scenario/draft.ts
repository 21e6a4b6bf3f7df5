/** The scenario being built, as form fields, and its translation to engine events. */
import {
  type Assumptions,
  type Basing,
  type EventInput,
  EventKind,
  type Scenario,
  TargetKind,
} from '@casus/core';

export type AssetKind = TargetKind;

export interface Draft {
  actor: string;
  kind: string;
  place: string;
  asset: AssetKind;
  /** Whose forces, vessels or aircraft are hit, for asset targets. */
  assetState: string;
  date: string;
  architecture: string;
  situations: Record<string, string>;
  /** How bases abroad bring their hosts in: strikes, range, and each host's answer. */
  basing: Basing;
  /** The library scenario the draft came from, if any; its later events ride along. */
  scenarioId?: string | undefined;
  extraEvents: EventInput[];
}

export const EVENT_KINDS = EventKind.options;
export const ASSET_KINDS = TargetKind.options;

/**
 * The draft's first event as the engine takes it.
 * @example toEvent({...draft, actor: 'CHN', kind: 'armed-attack', place: 'JPN.senkaku', asset: 'territory'})
 * // {actor: 'CHN', kind: 'armed-attack', date: ..., target: {place: 'JPN.senkaku'}}
 */
export function toEvent(d: Draft): EventInput {
  const target =
    d.asset === 'territory'
      ? { place: d.place }
      : { state: d.assetState, asset: d.asset, place: d.place };
  return { actor: d.actor, kind: d.kind, date: d.date, target } as EventInput;
}

/** All the events the draft stands for: the edited first event, then the loaded scenario's others. */
export const eventsOf = (d: Draft): EventInput[] => [toEvent(d), ...d.extraEvents];

/** What a scenario assumes about bases when it says nothing (core's defaults). */
export const defaultBasing = (): Basing => ({ strikes: 'struck', rangeKm: 1000, consent: {} });

/** The draft's assumptions; the engine's schema fills in the defaults of the fields left out. */
export const assumptionsOf = (d: Draft): Assumptions =>
  ({ situations: d.situations, basing: d.basing, notes: [] }) as unknown as Assumptions;

/** A library scenario as a draft: its first event in the fields, the rest carried along. */
export function fromScenario(s: Scenario): Draft {
  const [first, ...rest] = s.events;
  const t = first!.target;
  const asset = 'state' in t ? (t.asset as AssetKind) : 'territory';
  return {
    actor: first!.actor,
    kind: first!.kind,
    place: t.place ?? '',
    asset,
    assetState: 'state' in t ? t.state : '',
    date: s.date,
    architecture: s.architecture,
    situations: { ...s.assumptions.situations },
    basing: { ...s.assumptions.basing, consent: { ...s.assumptions.basing.consent } },
    scenarioId: s.id,
    extraEvents: rest as EventInput[],
  };
}
