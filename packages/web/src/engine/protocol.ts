/** Messages between the UI and the engine worker: what each request carries and what it answers. */
import type {
  Agreement,
  AgreementInput,
  Architecture,
  Assumptions,
  CascadeMode,
  CascadeResult,
  DesignEffect,
  EventInput,
  Finding,
  IncidentAnswer,
  Issue,
  NoCommitment,
  Scenario,
} from '@casus/core';
import type { SofaCatalog, SofaMatrix } from './sofa.ts';
import type { SofaDesignAnswer, SofaDesignRequest } from './sofa-design.ts';

export type LinkType = 'defense' | 'consultation' | 'access';

export interface AgreementSummary {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  members: string[];
  signed?: string | undefined;
  inForce?: string | undefined;
  ended?: string | undefined;
  summary: string;
  /** Directed obligor → beneficiary pairs of its defence, consultation and access clauses. */
  pairs: { obligor: string; beneficiary: string; type: LinkType }[];
}

export interface PlaceSummary {
  id: string;
  name: string;
  /** The gazetteer's other names for it (Diaoyu Islands for the Senkakus). */
  altNames: string[];
  kind: string;
  administeredBy?: string | undefined;
  claimants: string[];
  tags: string[];
}

export interface Catalog {
  hash: string;
  agreements: AgreementSummary[];
  architectures: Architecture[];
  scenarios: Scenario[];
  areas: { id: string; name: string; description: string }[];
  places: PlaceSummary[];
  /** States named anywhere in the library, with display names, sorted by name. */
  states: { id: string; name: string }[];
  /** Proposals in full, for the treaty designer to start from. */
  proposals: Agreement[];
  /** Domestic limits on force and the situations (scenario assumptions) that lift them. */
  constraints: { state: string; situations: string[]; summary: string; agreement: string }[];
  issues: Issue[];
}

/** What every evaluation needs: an architecture on a date, assumptions, and designed pacts to add. */
export interface Setup {
  architecture: string;
  date: string;
  assumptions?: Assumptions | undefined;
  /** Designed agreements, added to the library (and to the architecture) for this request only. */
  extra?: AgreementInput[] | undefined;
  /** Today's date, for the warning on dates after it (default: the worker's clock). */
  today?: string | undefined;
}

/** One scenario without and with the designed pact, and why it changes nothing where it does not (core's designEffect). */
export interface BatteryRow extends DesignEffect {
  scenario: string;
  name: string;
}

export interface QuickCompareRow {
  scenario: string;
  architecture: string;
  /** States on the defending side beyond the victim. */
  defenders: number;
  /** States on the attacking side beyond the attacker. */
  attackers: number;
  /** True when a major power of the scenario's date (core's `majorPowersOn`, from COW) is at war on each side. */
  majorWar: boolean;
}

export interface CoverageCell {
  obligor: string;
  beneficiary: string;
  /** Defence duties in force from obligor to beneficiary; automatic ones counted apart. */
  duties: number;
  automatic: number;
  agreements: string[];
}

export interface Requests {
  init: { req: Record<string, never>; res: Catalog };
  links: { req: Setup; res: AgreementSummary[] };
  findObligations: {
    req: Setup & { event: EventInput };
    res: { findings: Finding[]; noCommitments: NoCommitment[]; issues: Issue[] };
  };
  runCascade: {
    req: Setup & { events: EventInput[]; mode: CascadeMode };
    res: { result?: CascadeResult; issues: Issue[] };
  };
  validateDesign: {
    req: { agreement: unknown; yaml: string; path: string };
    res: { issues: Issue[] };
  };
  battery: {
    req: Setup & { design: AgreementInput };
    res: { rows: BatteryRow[]; issues: Issue[] };
  };
  quickCompare: {
    /** `base`: the architecture the designs are added to (default: the first of `architectures`). */
    req: {
      architectures: string[];
      extra?: AgreementInput[] | undefined;
      base?: string | undefined;
    };
    res: { rows: QuickCompareRow[]; issues: Issue[] };
  };
  coverage: { req: Setup; res: { cells: CoverageCell[]; issues: Issue[] } };
  sofas: { req: Record<string, never>; res: SofaCatalog };
  /** core's IncidentInput, checked in the worker: bad input comes back as issues. */
  sofaIncident: { req: unknown; res: { answer?: IncidentAnswer; issues: Issue[] } };
  sofaCompare: {
    req: { ids: string[]; date: string; topics?: string[] | undefined };
    res: { matrix?: SofaMatrix; issues: Issue[] };
  };
  /** A revised SOFA's YAML: its issues, and when valid its diff against the base and an incident. */
  sofaDesign: {
    req: SofaDesignRequest;
    res: SofaDesignAnswer;
  };
}

export type RequestType = keyof Requests;

export interface RequestMessage<T extends RequestType = RequestType> {
  id: number;
  type: T;
  payload: Requests[T]['req'];
}

export type ResponseMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string };
