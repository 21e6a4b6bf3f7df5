/** Long runs as jobs: started, watched (progress with an ETA), cancelled, and finished with a result. */
import { randomUUID } from 'node:crypto';
import type { Issue } from '@casus/core';
import type { z } from 'zod';

export interface Progress {
  done: number;
  total: number;
}

export interface JobContext {
  signal: AbortSignal;
  onProgress(progress: Progress): void;
}

/**
 * What a job kind does; `params` validates the request's `params`, then `check` (when given) looks
 * them up against the library, before `run` sees them.
 */
export interface JobRunner<P = unknown> {
  params: z.ZodType<P>;
  summary: string;
  /** Problems the schema cannot see (unknown ids, bad designed pacts), pointers relative to params. */
  check?(params: P): Issue[];
  run(params: P, context: JobContext): Promise<unknown>;
  /** Frees what the kind holds between jobs (a loaded thread); the manager's `close` calls it. */
  close?(): Promise<void>;
}

export type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  progress: Progress;
  startedAt: string;
  result?: unknown;
  error?: { code: string; message: string };
}

/** What a watcher hears: progress, then exactly one final event. */
export type JobEvent =
  | { type: 'progress'; data: Progress & { etaSeconds: number | null } }
  | { type: 'done'; data: unknown }
  | { type: 'cancelled'; data: { id: string } }
  | { type: 'failed'; data: { code: string; message: string } };

interface Entry {
  job: Job;
  controller: AbortController;
  started: number;
  watchers: Set<(event: JobEvent) => void>;
  finished: Promise<void>;
  /** Set while a job that was watched has no watcher left: it is cancelled when this fires. */
  abandon?: ReturnType<typeof setTimeout>;
}

export interface JobManager {
  kinds(): string[];
  runner(kind: string): JobRunner | undefined;
  start(kind: string, params: unknown): Job;
  get(id: string): Job | undefined;
  /** How many jobs are running now. */
  running(): number;
  /** Stops a running job; false when no such job. */
  cancel(id: string): boolean;
  /**
   * Calls `watcher` for each later event; returns the function that stops watching (the last
   * watcher's leaving starts the abandonment grace of `JobManagerOptions.abandonAfterMs`).
   */
  watch(id: string, watcher: (event: JobEvent) => void): () => void;
  /** Cancels every running job, waits for them to stop, and closes the kinds. */
  close(): Promise<void>;
}

const etaOf = (entry: Entry, p: Progress, now: number): number | null =>
  p.done > 0 && p.total >= p.done
    ? Math.round((((now - entry.started) / p.done) * (p.total - p.done)) / 100) / 10
    : null;

export interface JobManagerOptions {
  /** Finished jobs kept for reading back (default 100). */
  keep?: number;
  /**
   * A job that was watched and has lost its last watcher (the tab that followed it closed without
   * cancelling) is cancelled after this many milliseconds unless a watcher comes back, so that it
   * does not hold one of the few running slots (default 10 s). A job never watched is left alone:
   * an API client may poll it instead.
   */
  abandonAfterMs?: number;
  now?: () => number;
}

/**
 * A job manager over the given runners.
 * @example createJobManager({compare: compareRunner}).start('compare', {trials: 1000}).id
 */
export function createJobManager(
  runners: Record<string, JobRunner>,
  { keep = 100, abandonAfterMs = 10_000, now = Date.now }: JobManagerOptions = {},
): JobManager {
  const entries = new Map<string, Entry>();
  const emit = (entry: Entry, event: JobEvent) => {
    for (const w of entry.watchers) w(event);
  };
  const finish = (entry: Entry, status: JobStatus, fields: Partial<Job>, event: JobEvent) => {
    if (entry.job.status !== 'running') return;
    Object.assign(entry.job, { status, ...fields });
    clearTimeout(entry.abandon);
    emit(entry, event);
    entry.watchers.clear();
    const finished = [...entries.values()].filter((e) => e.job.status !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - keep)))
      entries.delete(old.job.id);
  };
  const cancelled = (entry: Entry) =>
    finish(entry, 'cancelled', {}, { type: 'cancelled', data: { id: entry.job.id } });
  const stop = (entry: Entry) => {
    entry.controller.abort();
    cancelled(entry);
  };
  const execute = async (entry: Entry, runner: JobRunner, params: unknown) => {
    const { signal } = entry.controller;
    const onProgress = (p: Progress) => {
      if (signal.aborted) return;
      entry.job.progress = { done: p.done, total: p.total };
      emit(entry, {
        type: 'progress',
        data: { ...entry.job.progress, etaSeconds: etaOf(entry, p, now()) },
      });
    };
    try {
      const result = await runner.run(params, { signal, onProgress });
      if (signal.aborted) cancelled(entry);
      else finish(entry, 'done', { result }, { type: 'done', data: result });
    } catch (error) {
      if (signal.aborted) cancelled(entry);
      else {
        const failure = { code: 'job_failed', message: (error as Error).message };
        finish(entry, 'failed', { error: failure }, { type: 'failed', data: failure });
      }
    }
  };
  return {
    kinds: () => Object.keys(runners),
    runner: (kind) => runners[kind],
    start(kind, params) {
      const runner = runners[kind];
      if (!runner) throw new Error(`no job kind "${kind}"`);
      const job: Job = {
        id: randomUUID(),
        kind,
        status: 'running',
        progress: { done: 0, total: 0 },
        startedAt: new Date(now()).toISOString(),
      };
      const entry = {
        job,
        controller: new AbortController(),
        started: now(),
        watchers: new Set<(e: JobEvent) => void>(),
      } as Entry;
      entries.set(job.id, entry);
      entry.finished = execute(entry, runner, params);
      return job;
    },
    get: (id) => entries.get(id)?.job,
    cancel(id) {
      const entry = entries.get(id);
      if (!entry) return false;
      if (entry.job.status === 'running') stop(entry);
      return true;
    },
    running: () => [...entries.values()].filter((e) => e.job.status === 'running').length,
    watch(id, watcher) {
      const entry = entries.get(id);
      if (entry?.job.status !== 'running') return () => undefined;
      clearTimeout(entry.abandon);
      entry.watchers.add(watcher);
      return () => {
        if (!entry.watchers.delete(watcher) || entry.watchers.size > 0) return;
        if (entry.job.status !== 'running') return;
        entry.abandon = setTimeout(() => stop(entry), abandonAfterMs);
      };
    },
    async close() {
      const running = [...entries.values()].filter((e) => e.job.status === 'running');
      for (const e of running) stop(e);
      await Promise.all(running.map((e) => e.finished));
      await Promise.all(Object.values(runners).map((r) => r.close?.()));
    },
  };
}
