/** Status of Forces Agreements: articles quoted (or cited where not found) and the topic rules encoded beside them. */
import { z } from 'zod';
import { Parties, TextStatus } from './clause.ts';
import { IsoDate } from './ids.ts';
import { OffenceKindId } from './offences.ts';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id, e.g. "nato-sofa-1951"');
export const SofaId = slug.brand<'SofaId'>();
export type SofaId = z.infer<typeof SofaId>;

/** Who the accused is, in the SOFAs' own categories. */
export const PersonKind = z.enum(['member', 'civilian', 'dependent']);
export type PersonKind = z.infer<typeof PersonKind>;

/** Whether the act was done in the performance of official duty: as stated, or certified by the sending State. */
export const DutyStatus = z.enum(['yes', 'no', 'certified']);
export type DutyStatus = z.infer<typeof DutyStatus>;

/**
 * Whom the offence was against: a national (or the property) of the host, solely the sending State
 * (its property or security, or another member, civilian or dependent of its force), or anyone else.
 */
export const VictimKind = z.enum(['host-national', 'sending-state', 'third']);
export type VictimKind = z.infer<typeof VictimKind>;

/** The two sides of every SOFA question. */
export const SofaSide = z.enum(['sending', 'receiving']);
export type SofaSide = z.infer<typeof SofaSide>;

/** Which laws punish the act: both (concurrent jurisdiction) or only one (exclusive). */
export const Punishable = z.enum(['both', 'sending-only', 'receiving-only']);
export type Punishable = z.infer<typeof Punishable>;

export const SofaTopic = z.enum([
  /** Who the SOFA covers: the definition of the civilian component (Article I(b), the 2017 agreement). */
  'civilian-component',
  'criminal-jurisdiction',
  'waiver',
  'official-duty',
  'custody',
  'custody-transfer',
  'host-law',
  'access',
  'management',
  /** Off-base military aircraft accidents: who controls the site and who may enter it. */
  'aircraft-accident',
  /** Claims for damage done by the force: who settles them, under whose law, and who pays. */
  'civil-claims',
  /** Environmental inspection and clean-up: whose environmental law binds the force, and who may inspect. */
  'environment',
  /** Flights, manoeuvres and training: whether host law (aviation law above all) governs them, and who consents. */
  'flight-training',
  /** Who bears the costs of the force and of the facilities it uses. */
  'cost-sharing',
  /** The body or procedure through which the two sides implement the SOFA and settle differences. */
  'joint-committee',
]);
export type SofaTopic = z.infer<typeof SofaTopic>;

/** An article as the reference holds it: verbatim text with its source, or `not-quoted` with a cited description. */
export const SofaArticle = z
  .object({
    /** As the agreement numbers it: "Article VII(3)", "Article XVII(5)(c)", "1995 arrangement". */
    article: z.string().min(1),
    /** The language of `text` when it is not English (the Japanese text of XVII(1)–(3) is authentic). */
    language: z.enum(['en', 'ja', 'de', 'ko']).default('en'),
    text: z.string().optional(),
    textStatus: TextStatus,
    /** For a `not-quoted` article: what a cited secondary source says it provides, never as a quote. */
    description: z.string().optional(),
    source: z.string().min(1),
    note: z.string().optional(),
  })
  .strict()
  .refine((a) => a.textStatus === 'not-quoted' || (a.text ?? '').trim().length > 0, {
    message: 'an article whose text is quoted needs "text" (or textStatus: not-quoted)',
    path: ['text'],
  })
  .refine((a) => a.textStatus !== 'not-quoted' || (a.description ?? '').trim().length > 0, {
    message: 'a not-quoted article needs a cited "description" of what it provides',
    path: ['description'],
  });
export type SofaArticle = z.infer<typeof SofaArticle>;

/** A dated instrument of the SOFA: the base text, an amendment, a supplementary agreement or a Joint Committee arrangement. */
export const SofaVersion = z
  .object({
    id: slug,
    /** `proposal`: a design with no text and no date, read as in force on any date. */
    kind: z.enum(['base', 'amendment', 'supplementary-agreement', 'arrangement', 'proposal']),
    name: z.string().min(1),
    signed: IsoDate.optional(),
    /** Where the sources give no date of entry into force, `signed` stands in and the trace says so. */
    inForce: IsoDate.optional(),
    ended: IsoDate.optional(),
    summary: z.string().min(1),
    source: z.string().min(1),
    /** How a date was read where the source gives less than a day ("October 1995": the month's last day). */
    note: z.string().optional(),
  })
  .strict()
  .refine((v) => v.kind === 'proposal' || v.signed !== undefined || v.inForce !== undefined, {
    message: 'a version needs a date: signed or inForce (only a proposal has none)',
    path: ['signed'],
  });
export type SofaVersion = z.infer<typeof SofaVersion>;

/** The facts of an incident a rule is limited to; an absent field means any. */
export const RuleConditions = z
  .object({
    persons: z.array(PersonKind).min(1).optional(),
    onDuty: z.array(DutyStatus).min(1).optional(),
    victims: z.array(VictimKind).min(1).optional(),
    punishable: z.array(Punishable).min(1).optional(),
    offences: z.array(OffenceKindId).min(1).optional(),
    /** The side found to have the (primary or exclusive) right to exercise jurisdiction. */
    jurisdiction: z.array(SofaSide).min(1).optional(),
    /** Whether that right is exclusive or primary (a waiver is of a primary right). */
    right: z
      .array(z.enum(['exclusive', 'primary']))
      .min(1)
      .optional(),
    /** The side holding the accused at the moment the rule speaks of. */
    custody: z.array(SofaSide).min(1).optional(),
  })
  .strict();
export type RuleConditions = z.infer<typeof RuleConditions>;

/** Whether the host's law binds the force: wholly, partly, or not (unless a provision says so). */
export const HostLawAnswer = z.enum(['applies', 'partly', 'does-not-apply']);
/** How host authorities enter the facilities: as of right, after notice, as the force allows, or no rule says. */
export const AccessAnswer = z.enum(['right', 'on-notice', 'discretion-of-sending', 'none-stated']);
/** Who manages the facilities: the sending State alone, both jointly, or the host. */
export const ManagementAnswer = z.enum(['sending-exclusive', 'joint', 'receiving']);

/** Who decides the matter (settles a claim, consents to an exercise, concludes an arrangement): one side, or both together. */
export const DecidesAnswer = z.enum(['sending', 'receiving', 'joint']);
/** Who bears the cost: one side, or both in shares (NATO SOFA VIII(5)(e): 75 per cent the sending State). */
export const PaysAnswer = z.enum(['sending', 'receiving', 'shared']);

/**
 * What a rule decides, by topic: a right and its holder, custody and when it passes, what may be
 * asked, or, for the other topics, how far host law applies, who may enter, manage, decide and pay.
 */
export const RuleOutcome = z.union([
  z.object({ right: z.enum(['exclusive', 'primary']), holder: SofaSide }).strict(),
  z.object({ custody: SofaSide, until: z.string().min(1) }).strict(),
  z
    .object({
      request: z.string().min(1),
      by: SofaSide,
      /** What the other side owes the request, in the agreement's words where it has them. */
      response: z.string().min(1),
      deadline: z.string().optional(),
    })
    .strict(),
  z
    .object({
      hostLaw: HostLawAnswer.optional(),
      access: AccessAnswer.optional(),
      management: ManagementAnswer.optional(),
      decides: DecidesAnswer.optional(),
      pays: PaysAnswer.optional(),
      effect: z.string().min(1),
    })
    .strict(),
]);
export type RuleOutcome = z.infer<typeof RuleOutcome>;

/**
 * What a proposal's rule assumes, and where the idea comes from: a statement (Ishiba's, the
 * JFBA's) and the articles of an existing SOFA it copies, each checked against the library.
 */
export const SofaAssumption = z
  .object({
    says: z.string().min(1),
    source: z.string().min(1),
    copies: z.array(z.object({ sofa: SofaId, article: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type SofaAssumption = z.infer<typeof SofaAssumption>;

/**
 * One topic rule: the article it comes from (and, where quoted, the words that say it), the facts
 * it is limited to, and what it gives. Rules of a decision topic (criminal-jurisdiction, custody) are
 * tried in order and the first that applies decides; `otherwise` marks the fallback ("in the case
 * of any other offence"). Rules of the other topics report every one that applies.
 */
export const SofaRule = z
  .object({
    id: slug,
    topic: SofaTopic,
    article: z.string().min(1),
    /** Words of the cited article's text that carry the rule; checked against the text. */
    quote: z.string().min(1).optional(),
    /** The version that brought the rule in (its date of entry into force); absent: the base text. */
    version: slug.optional(),
    /** The version from whose entry into force the rule no longer holds. */
    supersededBy: slug.optional(),
    /** Rules of the agreement this one is layered on that this rule displaces. */
    replaces: z.array(slug).default([]),
    otherwise: z.boolean().default(false),
    when: RuleConditions.default({}),
    gives: RuleOutcome,
    summary: z.string().min(1),
    /** In a proposal, every rule is an assumption of the design, with the source of its idea. */
    assumption: SofaAssumption.optional(),
  })
  .strict();
export type SofaRule = z.infer<typeof SofaRule>;

/** A topic the reference could not support for this SOFA, named so that no answer pretends otherwise. */
export const SofaGap = z
  .object({ topic: SofaTopic, article: z.string().optional(), note: z.string().min(1) })
  .strict();
export type SofaGap = z.infer<typeof SofaGap>;

/** A published warning against reading the SOFA alone (the Foreign Ministry's, on comparisons), shown with the topics it concerns. */
export const SofaCaveat = z
  .object({
    topics: z.array(SofaTopic).min(1),
    by: z.string().min(1),
    text: z.string().min(1),
    source: z.string().min(1),
  })
  .strict();
export type SofaCaveat = z.infer<typeof SofaCaveat>;

const oneStateEach = (p: { sending: Parties; receiving: Parties }): boolean =>
  p.sending !== 'members' &&
  p.receiving !== 'members' &&
  p.sending.length === 1 &&
  p.receiving.length === 1 &&
  p.sending[0] !== p.receiving[0];

/** Each id once in a list of rules or versions: a repeat is reported at its own id. */
const uniqueIds =
  (what: string) =>
  (items: readonly { id: string }[], ctx: z.RefinementCtx): void => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `${what} ${item.id} is already ${what} ${earlier}: each id names one ${what}`,
        });
    });
  };

export const Sofa = z
  .object({
    id: SofaId,
    name: z.string().min(1),
    shortName: z.string().min(1),
    /**
     * `proposal`: a design with no published text (Ishiba's revised SOFA), marked as the
     * agreement library marks proposals: its articles not quoted, each rule an assumption.
     */
    kind: z.enum(['agreement', 'proposal']).default('agreement'),
    /** For proposals: what the file assumes as a whole. */
    assumptions: z.array(z.string().min(1)).default([]),
    /** Who sends and who receives forces; `members`: any party of a multilateral SOFA. */
    parties: z.object({ sending: Parties, receiving: Parties }).strict(),
    /**
     * Either party sends and the other receives (Japan's Reciprocal Access Agreements): `parties`
     * names one State on each side, and an incident names the one that sent the force.
     */
    reciprocal: z.boolean().default(false),
    /** The SOFA this one supplements (Germany's Supplementary Agreement on the NATO SOFA). */
    layerOn: SofaId.optional(),
    versions: z.array(SofaVersion).min(1).superRefine(uniqueIds('version')),
    summary: z.string().min(1),
    articles: z.array(SofaArticle).default([]),
    rules: z.array(SofaRule).default([]).superRefine(uniqueIds('rule')),
    gaps: z.array(SofaGap).default([]),
    caveats: z.array(SofaCaveat).default([]),
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict()
  .refine((s) => !s.reciprocal || oneStateEach(s.parties), {
    message:
      'a reciprocal SOFA names one State on each side, e.g. parties: { sending: [AUS], receiving: [JPN] }',
    path: ['parties'],
  });
export type Sofa = z.infer<typeof Sofa>;
export type SofaInput = z.input<typeof Sofa>;
