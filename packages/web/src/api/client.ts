/** Fetch wrappers for the Casus server API; every error comes back as an ApiError with the server's code. */
import type { Agreement, BasesOutput, Issue, ModelCalibration } from '@casus/core';
import type { NetworkYearAnswer } from '@casus/core/network-answer';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
    /** The server's suggestion of what to do instead, e.g. an id of one's own. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, 'content-type': 'application/json' };
  }
  const res = await fetch(url, init);
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const err = (
      json as { error?: { code?: string; message?: string; issues?: Issue[]; hint?: string } }
    )?.error;
    throw new ApiError(
      res.status,
      err?.code ?? 'http_error',
      err?.message ?? res.statusText,
      err?.issues,
      err?.hint,
    );
  }
  return json as T;
}

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: GeoJSON.Geometry;
  properties: {
    id: string;
    name: string;
    kind: string;
    administeredBy: string | null;
    claimants: string[];
    tags: string[];
  };
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

export interface JobParams {
  scenarios?: string[];
  architectures: string[];
  /** Monte Carlo trials and seed (for a probabilistic comparison). */
  trials?: number;
  seed?: number;
  mode?: 'strict' | 'honoured' | 'probabilistic';
  /** Designed pacts added to the library for this job only (contract proposed to the server). */
  extraAgreements?: Agreement[];
}

/** A `simulate` job: one library scenario, with the user's decision overrides. */
export interface SimulateParams {
  scenario: string;
  architecture?: string;
  trials?: number;
  seed?: number;
  /** Your own probabilities, keyed OBLIGOR:BENEFICIARY (docs/simulation.md, "Decision overrides"). */
  decisions?: Record<string, number>;
}

/** A sensitivity job: the tornado of one measure, one parameter at a time (the server's `sensitivity` kind). */
export interface SensitivityJobParams {
  scenarios?: string[];
  architectures: string[];
  /** deterrence, entanglement, escalation or p:STATE */
  measure: string;
  trials?: number;
  seed?: number;
}

/** What the workbench saves on the server: scenarios, designed pacts and comparisons' setups. */
export type SavedKind = 'scenarios' | 'agreements' | 'comparisons';

/** A saved item as the server lists it. */
export interface SavedItem<T = unknown> {
  id: string;
  updatedAt: string;
  item: T;
}

/** A comparison's setup as the server keeps it (server/src/saved-comparison.ts). */
export interface SavedComparison {
  id: string;
  name: string;
  architectures: string[];
  scenarios?: string[];
  trials: number;
  seed: number;
  mode: 'strict' | 'honoured' | 'probabilistic';
  /** The designed pacts added, each as the architecture status-quo+<id>. */
  extraAgreements?: Agreement[];
}

const savedUrl = (kind: SavedKind, id?: string, verb?: string) =>
  `/api/saved/${kind}${id === undefined ? '' : `/${encodeURIComponent(id)}`}${verb ? `/${verb}` : ''}`;

/** The saved-items routes: list, read, save, rename, duplicate and delete. */
export const saved = {
  list: <T>(kind: SavedKind) => request<SavedItem<T>[]>('GET', savedUrl(kind)),
  get: <T>(kind: SavedKind, id: string) => request<SavedItem<T>>('GET', savedUrl(kind, id)),
  put: (kind: SavedKind, id: string, item: unknown) =>
    request<SavedItem>('PUT', savedUrl(kind, id), item),
  rename: (kind: SavedKind, id: string, to: string) =>
    request<SavedItem>('POST', savedUrl(kind, id, 'rename'), { to }),
  duplicate: (kind: SavedKind, id: string, to: string) =>
    request<SavedItem>('POST', savedUrl(kind, id, 'duplicate'), { to }),
  remove: (kind: SavedKind, id: string) => request<unknown>('DELETE', savedUrl(kind, id)),
};

export const api = {
  health: () => request<{ ok: boolean; version: string }>('GET', '/api/health'),
  library: () =>
    request<{ hash: string; files: { path: string; text: string }[] }>('GET', '/api/library'),
  places: () => request<PlaceCollection>('GET', '/api/places'),
  bases: (query: { date: string; architecture: string }) =>
    request<BasesOutput>('GET', `/api/bases?${new URLSearchParams(query)}`),
  calibration: () =>
    request<{ calibration: ModelCalibration | null }>('GET', '/api/models/calibration'),
  startJob: (params: JobParams) =>
    request<{ id: string }>('POST', '/api/jobs', { kind: 'compare', params }),
  startSimulate: (params: SimulateParams) =>
    request<{ id: string }>('POST', '/api/jobs', { kind: 'simulate', params }),
  startSensitivity: (params: SensitivityJobParams) =>
    request<{ id: string }>('POST', '/api/jobs', { kind: 'sensitivity', params }),
  cancelJob: (id: string) => request<unknown>('DELETE', `/api/jobs/${encodeURIComponent(id)}`),
  saveAgreement: (id: string, agreement: unknown) => saved.put('agreements', id, agreement),
  network: (query: {
    year: number;
    type: string;
    region?: string | undefined;
    seed: number;
    carryTo?: number | undefined;
  }) =>
    request<NetworkYearAnswer>(
      'GET',
      `/api/network?${new URLSearchParams({
        year: String(query.year),
        type: query.type,
        ...(query.region ? { region: query.region } : {}),
        seed: String(query.seed),
        ...(query.carryTo === undefined ? {} : { carryTo: String(query.carryTo) }),
      })}`,
    ),
};
