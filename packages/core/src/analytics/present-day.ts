/** Deterrence inputs for present-day dates: the curated indicators' capitals and the CINC-like capability proxy. */
import { capabilityProxies } from '../data/capability-proxy.ts';
import { INDICATORS } from '../data/indicators.ts';
import type { DeterrenceInputs } from '../geo/strength-gradient.ts';

let cached: DeterrenceInputs | undefined;

/**
 * Capability = the present-day proxy share (same for every year: the figures are 2020–2025);
 * capital = the GeoNames point of the national capital. States outside the table have neither.
 * @example presentDayInputs().capability('USA', 2025) // about 0.2
 */
export function presentDayInputs(): DeterrenceInputs {
  if (cached) return cached;
  const shares = new Map(capabilityProxies(INDICATORS).map((p) => [p.iso3, p.share]));
  const capitals = new Map(
    INDICATORS.map((r) => [r.iso3, [r.capital.lon, r.capital.lat] as const]),
  );
  cached = { capability: (s) => shares.get(s), capital: (s) => capitals.get(s) };
  return cached;
}
