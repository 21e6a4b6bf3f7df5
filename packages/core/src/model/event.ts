/** Events: what happens, who does it, and what it hits. */
import { z } from 'zod';
import { BaseId, IsoDate, PlaceId, StateId } from './ids.ts';
import { Geometry } from './place.ts';

export const EventKind = z.enum([
  'armed-attack',
  'incursion',
  'blockade',
  'missile-launch',
  'gray-zone',
  'cyber',
  'threat',
]);
export type EventKind = z.infer<typeof EventKind>;

/** What an attack can hit: land, or a state's assets wherever they are (several treaties protect forces, not land). */
export const TargetKind = z.enum(['territory', 'armed-forces', 'public-vessel', 'aircraft']);
export type TargetKind = z.infer<typeof TargetKind>;

const Coordinates = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const Target = z.union([
  z.object({ place: PlaceId }).strict(),
  z
    .object({
      state: StateId,
      asset: TargetKind.exclude(['territory']),
      /** Where the asset is: a place, or coordinates [lon, lat], or both. */
      place: PlaceId.optional(),
      at: Coordinates.optional(),
      /** Free words such as "coast guard cutter", shown in traces. */
      detail: z.string().optional(),
    })
    .strict()
    .refine((t) => t.place !== undefined || t.at !== undefined, {
      message: 'an asset target needs a place or coordinates "at: [lon, lat]"',
    }),
]);
export type Target = z.infer<typeof Target>;

export const Severity = z.enum(['low', 'medium', 'high', 'extreme']);
export type Severity = z.infer<typeof Severity>;

export const Event = z
  .object({
    id: z.string().optional(),
    date: IsoDate.optional(),
    actor: StateId,
    kind: EventKind,
    target: Target,
    severity: Severity.default('high'),
    /** The state whose action provoked this event, if any (clauses may exclude provoked attacks). */
    provokedBy: StateId.optional(),
    /**
     * True when the event strikes back at a state on the side that opened the war by an act of
     * force (the cascade marks its strikes on the original attackers, and a scenario's event on a
     * state that struck earlier in it; the backtest, COW's initiators). By the initiator rule such
     * a counter-strike does not invoke the struck state's defence pacts (engine.md).
     */
    counterstrike: z.boolean().optional(),
    /**
     * The base the actor strikes from, e.g. kadena-air-base: a base abroad used for combat, which
     * the other side may strike (docs/engine.md, "Basing entanglement").
     */
    from: BaseId.optional(),
    /** The named conflict the event is part of (e.g. "COW war 106"), for clauses limited to one. */
    conflict: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();
export type Event = z.infer<typeof Event>;
export type EventInput = z.input<typeof Event>;

export { Geometry };
