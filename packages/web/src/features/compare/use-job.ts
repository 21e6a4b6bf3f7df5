/** A server compare job: start it, follow its progress over server-sent events, cancel it. */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ApiError,
  api,
  type JobParams,
  type SensitivityJobParams,
  type SimulateParams,
} from '../../api/client.ts';

export interface JobState {
  status: 'idle' | 'starting' | 'running' | 'done' | 'cancelled' | 'failed';
  id?: string;
  done: number;
  total: number;
  etaSeconds?: number | null | undefined;
  result?: unknown;
  error?: string;
  /** Date.now() when the job was asked for, and when its answer came. */
  startedAt?: number;
  finishedAt?: number;
}

/** Posts the job; if the server refuses a comparison's Monte Carlo fields, asks for its plain (honoured) battery instead. */
async function startJob(
  params: JobParams | SimulateParams | SensitivityJobParams,
): Promise<{ id: string; note?: string }> {
  if ('scenario' in params) return api.startSimulate(params);
  if ('measure' in params) return api.startSensitivity(params);
  try {
    return await api.startJob(params);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 400) throw e;
    const plain: JobParams = { architectures: params.architectures, scenarios: params.scenarios };
    if (params.scenarios === undefined) delete plain.scenarios;
    const started = await api.startJob(plain);
    return {
      ...started,
      note: `the server ran its plain honoured battery; it does not take trials, seed or designed pacts yet (${e.code})`,
    };
  }
}

export function useJob() {
  const [state, setState] = useState<JobState>({ status: 'idle', done: 0, total: 0 });
  const source = useRef<EventSource | undefined>(undefined);
  const close = useCallback(() => {
    source.current?.close();
    source.current = undefined;
  }, []);
  useEffect(() => close, [close]);
  // A page that goes away (reload, closed tab, link followed) leaves its run to nobody: stop it,
  // or the server's two places stay taken and the page's next start is refused with 429.
  useEffect(() => {
    if (state.status !== 'running' || !state.id) return;
    const url = `/api/jobs/${encodeURIComponent(state.id)}`;
    const stop = () => void fetch(url, { method: 'DELETE', keepalive: true }).catch(() => {});
    window.addEventListener('pagehide', stop);
    return () => window.removeEventListener('pagehide', stop);
  }, [state.status, state.id]);

  const start = useCallback(
    async (params: JobParams | SimulateParams | SensitivityJobParams) => {
      close();
      const startedAt = Date.now();
      setState({ status: 'starting', done: 0, total: 0, startedAt });
      try {
        const { id, note } = await startJob(params);
        setState({
          status: 'running',
          id,
          done: 0,
          total: 0,
          startedAt,
          ...(note ? { error: note } : {}),
        });
        const es = new EventSource(`/api/jobs/${encodeURIComponent(id)}/events`);
        source.current = es;
        es.addEventListener('progress', (ev) => {
          const p = JSON.parse((ev as MessageEvent).data) as {
            done: number;
            total: number;
            etaSeconds?: number | null;
          };
          setState((s) => ({ ...s, done: p.done, total: p.total, etaSeconds: p.etaSeconds }));
        });
        es.addEventListener('done', (ev) => {
          setState((s) => ({
            ...s,
            status: 'done',
            done: s.total || s.done,
            finishedAt: Date.now(),
            result: JSON.parse((ev as MessageEvent).data),
          }));
          close();
        });
        es.addEventListener('cancelled', () => {
          setState((s) => ({ ...s, status: 'cancelled' }));
          close();
        });
        es.addEventListener('failed', (ev) => {
          const err = JSON.parse((ev as MessageEvent).data) as { message?: string };
          setState((s) => ({ ...s, status: 'failed', error: err.message ?? 'the job failed' }));
          close();
        });
        es.onerror = () => {
          if (es.readyState === EventSource.CLOSED)
            setState((s) =>
              s.status === 'running'
                ? { ...s, status: 'failed', error: 'lost the connection to the server' }
                : s,
            );
        };
      } catch (e) {
        setState({ status: 'failed', done: 0, total: 0, error: (e as Error).message });
      }
    },
    [close],
  );

  const cancel = useCallback(async () => {
    if (!state.id) return;
    await api.cancelJob(state.id).catch(() => undefined);
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
    close();
  }, [state.id, close]);

  return { state, start, cancel };
}
