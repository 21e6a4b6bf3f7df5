/**
 * One year's alliance network as the workbench's API answers it (GET /api/network): the wire
 * shape the server sends and the web client reads, in one place for both.
 */
import type { NetworkMeasures, NetworkSummary, NetworkTie } from './alliance-network.ts';

export interface NetworkNodeAnswer extends Omit<NetworkMeasures['nodes'][number], 'eigenvector'> {
  iso3: string;
  name: string;
  /** null when the power iteration did not converge (JSON has no undefined). */
  eigenvector: number | null;
}

export interface NetworkYearAnswer {
  year: number;
  tie: NetworkTie;
  tieWords: string;
  region: string;
  seed: number;
  /** The year the system was carried to, as asked; null without. */
  carryTo: number | null;
  /** The years the store's COW system (carried to `carryTo`, if asked) and ATOP 5.1 both cover. */
  coverage: { from: number; to: number };
  /** What the answer takes for granted, in words: the carry, for a year past the system's end. */
  assumptions: string[];
  summary: NetworkSummary;
  nodes: NetworkNodeAnswer[];
  /** Each allied pair once, as COW codes, lower first. */
  ties: [number, number][];
  definitions: string[];
  /** Each dataset read, with the checksum of its file and whether Casus pins that release. */
  data: { dataset: string; version: string; file: string; sha256: string; pinned: boolean }[];
  notes: string[];
  /** Whether this answer was read from the store now or kept from an earlier request. */
  cached: boolean;
}
