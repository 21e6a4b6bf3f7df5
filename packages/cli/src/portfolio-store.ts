/**
 * The research-data store opened for ATOP portfolios: read-only, checked to hold atop and
 * cow-states over the years asked (for `casus similarity`, `casus network` and the landscape's
 * similarity propensity), a missing store, dataset or year as bad input naming what to run.
 */
import { ATOP_YEARS, missingForPortfolios, portfolioYearsCovered, type Store } from '@casus/data';
import { flagError } from './command.ts';
import { openResearchStore } from './research-store.ts';

/** What a store must be, for the issues that name it. */
const STORE_EXPECTED = 'a DuckDB file made by casus data import, holding atop and cow-states';

/** A command that can carry the state system past its end: its flag, and the year given, if any. */
export interface SystemCarry {
  flag: string;
  to: number | undefined;
}

/** Why the years are not covered, and what to do: with a carry flag not given, name it. */
function uncoveredHint(covered: { to: number } | undefined, to: number, carry?: SystemCarry) {
  if (carry?.to === undefined && carry && covered && to > covered.to && to <= ATOP_YEARS.to)
    return `ATOP runs to ${ATOP_YEARS.to}: add ${carry.flag} ${ATOP_YEARS.to} to carry the members of ${covered.to} forward (an assumption the answer states)`;
  return 'give years the COW state system and ATOP both cover';
}

/**
 * Opens the store at `db` (default: the one casus data import writes) read-only, checked to hold
 * atop and cow-states over the years `from`–`to`; a missing store, dataset or year is bad input
 * naming what to run. With `carry.to`, the system counts as running to that year (ATOP's last at
 * most). The caller closes it.
 * @example const store = await openPortfolioStore(undefined, 1960, 1960);
 */
export async function openPortfolioStore(
  db: string | undefined,
  from: number,
  to: number,
  yearFlag = '--year',
  carry?: SystemCarry,
): Promise<Store> {
  const store = await openResearchStore(
    db,
    '--db',
    STORE_EXPECTED,
    'run `casus data import DIR --only atop,cow-states,cow-nmc` first',
  );
  try {
    const c = store.connection;
    const missing = await missingForPortfolios(c);
    if (missing.length > 0)
      throw flagError(
        '--db',
        `the store at ${store.path} holds no ${missing.join(' and ')}`,
        STORE_EXPECTED,
        `run \`casus data import DIR --only ${missing.join(',')}\` first`,
      );
    const system = await portfolioYearsCovered(c);
    const covered =
      system && carry?.to !== undefined
        ? { ...system, to: Math.max(system.to, Math.min(carry.to, ATOP_YEARS.to)) }
        : system;
    const asked = from === to ? String(from) : `${from}-${to}`;
    if (!covered || from < covered.from || to > covered.to)
      throw flagError(
        yearFlag,
        covered
          ? `portfolios cover ${covered.from}-${covered.to} (the COW state system${carry?.to === undefined ? '' : ', carried forward,'} within ATOP 5.1), not ${asked}`
          : 'the store holds no COW system member',
        covered ? `years from ${covered.from} to ${covered.to}` : 'an imported cow-states',
        uncoveredHint(system, to, carry),
      );
    return store;
  } catch (e) {
    store.close();
    throw e;
  }
}
