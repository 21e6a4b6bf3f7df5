/** Military facilities one state grants another: where they are, who uses and manages them, and under which article. */
import { z } from 'zod';
import { AgreementId, BaseId, IsoDate, PlaceId, StateId } from './ids.ts';
import { Position } from './place.ts';

/**
 * How the user holds the facility: `exclusive` (its own, as US exclusive-use facilities in Japan),
 * `joint` (shared with the host's forces), `rotational` (forces rotate through a host base),
 * `access` (the right to use host facilities, with no standing presence).
 */
export const BaseUse = z.enum(['exclusive', 'joint', 'rotational', 'access']);
export type BaseUse = z.infer<typeof BaseUse>;

/** `existing` facilities count on the dates they exist; a `proposal` counts only where an architecture adds it. */
export const BaseStatus = z.enum(['existing', 'proposal']);
export type BaseStatus = z.infer<typeof BaseStatus>;

/**
 * A dated fact with where it comes from: every opening or closing names its source. Where the
 * source gives only a year, the date is the last day of that year (the first day the facility
 * surely existed) and `note` says so: a base then never counts before it was there.
 */
export const SourcedDate = z
  .object({ date: IsoDate, source: z.string().min(1), note: z.string().optional() })
  .strict();
export type SourcedDate = z.infer<typeof SourcedDate>;

/**
 * The legal basis of a facility. `agreement` + `article`: an agreement of the library and one of
 * its articles, checked. `instrument`: an agreement the library does not hold (EDCA 2014, the
 * Australia–US Force Posture Agreement), cited as an unresolved reference with its source.
 */
export const Grant = z.union([
  z
    .object({ agreement: AgreementId, article: z.string().min(1), note: z.string().optional() })
    .strict(),
  z
    .object({
      instrument: z.string().min(1),
      article: z.string().min(1).optional(),
      source: z.string().min(1),
    })
    .strict(),
]);
export type Grant = z.infer<typeof Grant>;

/** Approximate strength at a date, always with its source; left out where none was found. */
export const Personnel = z
  .object({
    approx: z.number().int().positive(),
    /** As precise as the source: "2019", "2019-07" or "2019-07-24"; a label, never compared. */
    asOf: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'a year, year-month or date, e.g. "2019-07"'),
    /** What the figure counts (troops, or everyone who lives or works there). */
    counts: z.string().min(1),
    source: z.string().min(1),
  })
  .strict();
export type Personnel = z.infer<typeof Personnel>;

export const Base = z
  .object({
    id: BaseId,
    name: z.string().min(1),
    host: StateId,
    users: z.array(StateId).min(1),
    /** The user's services there, in their own names ("US Air Force", "PLA Navy"). */
    service: z.array(z.string().min(1)).min(1),
    /** GeoJSON order, longitude first, two decimals: a marker, not a survey. */
    coordinates: Position,
    coordinatesSource: z.string().min(1),
    /** The gazetteer place it lies in, where the library has one. */
    place: PlaceId.optional(),
    status: BaseStatus.default('existing'),
    use: BaseUse,
    /** The states that run the facility (the host for a host base the user rotates through). */
    managedBy: z.array(StateId).min(1),
    opened: SourcedDate.optional(),
    /** The first day it no longer existed. */
    closed: SourcedDate.optional(),
    /** Required unless the host is itself a user (a state's own bases on its territory, e.g. Guam). */
    grants: z.array(Grant).default([]),
    personnel: Personnel.optional(),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'a kebab-case tag, e.g. "okinawa"')).default([]),
    summary: z.string().min(1),
    /** What is not sourced (the use, a missing date) and any caveat on the entry. */
    note: z.string().optional(),
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Base = z.infer<typeof Base>;
export type BaseInput = z.input<typeof Base>;

export const BasesFile = z.object({ bases: z.array(Base).min(1) }).strict();
