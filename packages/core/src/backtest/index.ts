/** The backtest of the engine against history (COW wars, ATOP pledges): its public pieces. */

export * from '../model/regions.ts';
export * from './alliance-membership.ts';
export * from './features.ts';
export * from './fit-history.ts';
export * from './home-places.ts';
export * from './honour.ts';
export * from './invocation.ts';
export * from './output.ts';
export * from './published.ts';
export * from './readings.ts';
export * from './run-backtest.ts';
export * from './summary.ts';
export * from './war-record.ts';
