/** A promise wrapper round the engine worker: `engine.call('findObligations', setup)`. */
import type { RequestMessage, Requests, RequestType, ResponseMessage } from './protocol.ts';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

function createEngine() {
  let worker: Worker | undefined;
  let next = 1;
  const pending = new Map<number, Pending>();
  const start = () => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'casus-engine',
    });
    w.onmessage = (e: MessageEvent<ResponseMessage>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.value);
      else p.reject(new Error(e.data.error));
    };
    w.onerror = (e) => {
      for (const p of pending.values())
        p.reject(new Error(e.message || 'the engine worker failed'));
      pending.clear();
    };
    return w;
  };
  return {
    call<T extends RequestType>(type: T, payload: Requests[T]['req']): Promise<Requests[T]['res']> {
      worker ??= start();
      const id = next++;
      const message: RequestMessage<T> = { id, type, payload };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker!.postMessage(message);
      });
    },
  };
}

export const engine = createEngine();
