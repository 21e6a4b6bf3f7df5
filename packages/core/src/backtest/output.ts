/** `casus backtest --json`: the header, the summary and one row per pledge put to the test, as docs/schema/backtest.schema.json records. */
import { z } from 'zod';
import { OBLIGATIONS } from './alliance-membership.ts';

const rate = z.number().min(0).max(1);

export const BacktestCaseSchema = z
  .object({
    /** COW war number (Inter-State War Data 4.0). */
    war: z.number().int(),
    warName: z.string(),
    /** ATOP 5.1 alliance id. */
    atopid: z.number().int(),
    /** COW code of the state that owed the pledge. */
    obligor: z.number().int(),
    /** COW code of the war participant it was owed to. */
    beneficiary: z.number().int(),
    /** The day the beneficiary entered the war. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    obligation: z.enum(OBLIGATIONS),
    invoked: z.boolean(),
    /** Null when not invoked, and for consultation, which COW cannot test. */
    honoured: z.boolean().nullable(),
    /** The reliability model's probability that the obligor honours; null when not invoked. */
    p: rate.nullable(),
    /** The first deciding condition in words, then how COW's record decided the honouring. */
    reason: z.string(),
  })
  .strict();
export type BacktestCase = z.infer<typeof BacktestCaseSchema>;

const Published = z
  .object({ value: rate, source: z.string(), period: z.string(), outside: z.boolean() })
  .strict();

const RateFigures = {
  tests: z.number().int(),
  honoured: z.number().int(),
  rate: rate.nullable(),
  low: rate.nullable(),
  high: rate.nullable(),
};

/** One reading of a counter-strike on the side that began the war, and the figures the backtest gives under it. */
export const ReadingRowSchema = z
  .object({
    /** `no`: the initiator rule (the default); `yes`: the literal reading. */
    counterstrikeInvokes: z.enum(['yes', 'no']),
    invoked: z.number().int(),
    all: z.object(RateFigures).strict(),
    /** Defence pledges alone: the only ones the reading changes. */
    defense: z.object({ invoked: z.number().int(), ...RateFigures }).strict(),
  })
  .strict();
export type ReadingRow = z.infer<typeof ReadingRowSchema>;

export const BacktestSummarySchema = z
  .object({
    cases: z.number().int(),
    invoked: z.number().int(),
    tests: z.number().int(),
    honoured: z.number().int(),
    assumedInvoked: z.number().int(),
    rates: z.array(
      z
        .object({
          key: z.string(),
          label: z.string(),
          ...RateFigures,
          published: z.array(Published),
        })
        .strict(),
    ),
    /** The figures under both readings of a counter-strike, the initiator rule first (casus backtest runs both). */
    readings: z.array(ReadingRowSchema).optional(),
  })
  .strict();

export const BacktestHeaderSchema = z
  .object({
    command: z.string(),
    years: z.object({ from: z.number().int(), to: z.number().int() }).strict(),
    /** Every research-data file read, from the store's manifest. */
    data: z.array(
      z
        .object({
          dataset: z.string(),
          version: z.string(),
          file: z.string(),
          sha256: z.string(),
          pinned: z.boolean(),
        })
        .strict(),
    ),
    libraryVersion: z.string(),
    model: z
      .object({
        name: z.string(),
        file: z.string(),
        sha256: z.string(),
        note: z.string(),
      })
      .strict(),
    unstatedConditions: z.enum(['met', 'unmet']),
    /** The reading the cases are coded under (the summary's `readings` gives both). */
    counterstrikeInvokes: z.enum(['yes', 'no']),
    /** The coding rules in one line each; docs/backtest.md gives them in full. */
    rules: z.array(z.string()),
    wars: z.number().int(),
  })
  .strict();
export type BacktestHeader = z.infer<typeof BacktestHeaderSchema>;

export const BacktestOutputSchema = z
  .object({
    header: BacktestHeaderSchema,
    summary: BacktestSummarySchema,
    cases: z.array(BacktestCaseSchema),
  })
  .strict();
export type BacktestOutput = z.infer<typeof BacktestOutputSchema>;

/** The CSV's columns, in order: the JSON case's fields. */
export const BACKTEST_COLUMNS = Object.keys(BacktestCaseSchema.shape) as (keyof BacktestCase)[];

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * The cases as CSV (RFC 4180: quoted where needed, empty for null), header line first.
 * @example backtestCsv(cases).split('\n')[0] // 'war,warName,atopid,obligor,beneficiary,date,obligation,invoked,honoured,p,reason'
 */
export function backtestCsv(cases: readonly BacktestCase[]): string {
  const lines = [BACKTEST_COLUMNS.join(',')];
  for (const c of cases) lines.push(BACKTEST_COLUMNS.map((k) => cell(c[k])).join(','));
  return `${lines.join('\n')}\n`;
}
