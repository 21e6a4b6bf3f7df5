/** The JSON `casus sofa incident --json` and `casus sofa compare --json` give, as schemas (docs/schema/sofa-*.schema.json). */
import { z } from 'zod';
import { TextStatus } from '../model/clause.ts';
import {
  DutyStatus,
  PersonKind,
  RuleOutcome,
  SofaCaveat,
  SofaGap,
  SofaSide,
  SofaTopic,
  VictimKind,
} from '../model/sofa.ts';
import { COMPARE_TOPICS } from './compare-sofas.ts';

const Condition = z.object({ test: z.string(), pass: z.boolean(), reason: z.string() }).strict();

const Step = z
  .object({
    rule: z.string(),
    sofa: z.string(),
    topic: SofaTopic,
    article: z.string(),
    textStatus: z.union([TextStatus, z.literal('missing')]),
    quote: z.string().optional(),
    text: z.string().optional(),
    source: z.string().optional(),
    outcome: RuleOutcome,
    summary: z.string(),
    trace: z.array(Condition),
  })
  .strict();

const Miss = z
  .object({
    rule: z.string(),
    sofa: z.string(),
    topic: SofaTopic,
    article: z.string(),
    reason: z.string(),
    trace: z.array(Condition),
  })
  .strict();

export const IncidentOutputSchema = z
  .object({
    sofa: z.object({ id: z.string(), shortName: z.string(), layers: z.array(z.string()) }).strict(),
    facts: z
      .object({
        date: z.string(),
        person: PersonKind,
        onDuty: DutyStatus,
        offence: z.string(),
        victim: VictimKind,
        heldBy: SofaSide,
        place: z.string().optional(),
      })
      .strict(),
    jurisdiction: Step.optional(),
    custody: Step.optional(),
    requests: z.array(Step),
    notes: z.array(Step),
    notApplied: z.array(Miss),
    gaps: z.array(SofaGap.extend({ sofa: z.string() })),
    sides: z.object({ sending: z.string().optional(), receiving: z.string().optional() }).strict(),
  })
  .strict();

const Cell = z
  .object({
    sofa: z.string(),
    value: z.string(),
    holder: z.enum(['host', 'sending', 'shared', 'not-encoded']),
    detail: z.string(),
    articles: z.array(
      z
        .object({ article: z.string(), sofa: z.string(), textStatus: z.string(), rule: z.string() })
        .strict(),
    ),
    gaps: z.array(z.string()),
  })
  .strict();

export const SofaComparisonSchema = z
  .object({
    date: z.string(),
    sofas: z.array(z.object({ id: z.string(), shortName: z.string() }).strict()),
    rows: z.array(
      z.object({ topic: z.enum(COMPARE_TOPICS), label: z.string(), cells: z.array(Cell) }).strict(),
    ),
    caveats: z.array(SofaCaveat.extend({ sofa: z.string() })),
  })
  .strict();

const DiffSide = z
  .object({ id: z.string(), shortName: z.string(), kind: z.enum(['agreement', 'proposal']) })
  .strict();

/** `casus sofa diff A B --json`: each topic's two cells, before (A) and after (B), and the assumptions behind them. */
export const SofaDiffSchema = z
  .object({
    date: z.string(),
    from: DiffSide,
    to: DiffSide,
    rows: z.array(
      z
        .object({
          topic: z.enum(COMPARE_TOPICS),
          label: z.string(),
          change: z.enum(['changed', 'cited-differently', 'same']),
          before: Cell,
          after: Cell,
          assumptions: z.array(
            z
              .object({
                sofa: z.string(),
                rule: z.string(),
                says: z.string(),
                source: z.string(),
                copies: z.array(z.object({ sofa: z.string(), article: z.string() }).strict()),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    changed: z.number().int(),
    caveats: z.array(SofaCaveat.extend({ sofa: z.string() })),
  })
  .strict();
