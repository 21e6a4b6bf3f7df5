/**
 * A present-day, CINC-like capability share computed from the curated indicators: a proxy for
 * COW's CINC (which stops in 2016), not CINC itself.
 */
import type { IndicatorRecord } from './indicators.ts';

/** The proxy's components, standing in for CINC's six (GDP stands in for iron and steel and energy). */
export const PROXY_COMPONENTS = ['milexUsdM', 'personnel', 'gdpUsd', 'population'] as const;
export type ProxyComponent = (typeof PROXY_COMPONENTS)[number];

export interface CapabilityProxy {
  iso3: string;
  /** Mean of the available component shares, in [0, 1]. */
  share: number;
  /** The state's share of the reference set's total, per component that it has. */
  components: Partial<Record<ProxyComponent, number>>;
  /** Components without a figure for this state: the share averages over the rest. */
  missing: ProxyComponent[];
}

/**
 * Each state's proxy share: for each component, the state's value over the sum of that component
 * across all `records` that have it; then the mean of the shares the state has (like CINC's mean of
 * six shares, but over four, and relative to `records`, not the whole world).
 * @example capabilityProxies(INDICATORS).find((p) => p.iso3 === 'USA')?.share // about 0.21
 */
export function capabilityProxies(records: readonly IndicatorRecord[]): CapabilityProxy[] {
  const totals = Object.fromEntries(
    PROXY_COMPONENTS.map((c) => [c, records.reduce((sum, r) => sum + (r[c]?.value ?? 0), 0)]),
  ) as Record<ProxyComponent, number>;
  return records.map((r) => {
    const components: Partial<Record<ProxyComponent, number>> = {};
    const missing: ProxyComponent[] = [];
    for (const c of PROXY_COMPONENTS) {
      const figure = r[c];
      if (figure === undefined || totals[c] === 0) missing.push(c);
      else components[c] = figure.value / totals[c];
    }
    const shares = Object.values(components);
    const share = shares.length === 0 ? 0 : shares.reduce((a, b) => a + b, 0) / shares.length;
    return { iso3: r.iso3, share, components, missing };
  });
}
