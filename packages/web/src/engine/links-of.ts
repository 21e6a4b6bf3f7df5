/** The agreements of an architecture in force on a date, summarised for the map's links. */
import { asDate, type Library, prepareWorld } from '@casus/core';
import { summarizeAgreement } from './catalog.ts';
import { derive } from './derive.ts';
import type { AgreementSummary, Setup } from './protocol.ts';

/**
 * In-force agreements of the setup's architecture (with any designs), each with its directed pairs.
 * @example linksOf(lib, {architecture: 'status-quo', date: '2025-01-01'}).map((a) => a.id) // ['anzus-1951', ...]
 */
export function linksOf(lib: Library, setup: Setup): AgreementSummary[] {
  const d = derive(lib, setup);
  if (!d.library.architectures.has(d.architecture as never)) return [];
  const date = asDate(setup.date);
  const world = prepareWorld(d.library, { architecture: d.architecture, date });
  return world.inForce.map((a) => summarizeAgreement(a, date));
}
