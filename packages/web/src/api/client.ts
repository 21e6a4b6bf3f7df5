/** Fetch wrappers for the Casus server API; every error comes back as an ApiError with the server's code. */
import type { Agreement, BasesOutput, Issue, ModelCalibration } from '@casus/core';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
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
    const err = (json as { error?: { code?: string; message?: string; issues?: Issue[] } })?.error;
    throw new ApiError(
      res.status,
      err?.code ?? 'http_error',
      err?.message ?? res.statusText,
      err?.issues,
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
  saveAgreement: (id: string, agreement: unknown) =>
    request<unknown>('PUT', `/api/saved/agreements/${encodeURIComponent(id)}`, agreement),
  savedAgreements: () => request<unknown>('GET', '/api/saved/agreements'),
};
