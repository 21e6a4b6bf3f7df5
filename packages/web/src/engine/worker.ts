/** The engine worker: loads the library from /api/library once, then answers the UI's requests. */
import { handlers, type Loaded, loadFiles } from './handlers.ts';
import type { RequestMessage, ResponseMessage } from './protocol.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<RequestMessage>) => void) | null;
  postMessage(message: ResponseMessage): void;
}
const scope = self as unknown as WorkerScope;

let loading: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const res = await fetch('/api/library', { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /api/library answered ${res.status}`);
  const body = (await res.json()) as { files: { path: string; text: string }[] };
  return loadFiles(body.files);
}

scope.onmessage = async (e) => {
  const { id, type, payload } = e.data;
  try {
    loading ??= load();
    const loaded = await loading;
    const handler = handlers[type] as (l: Loaded, req: unknown) => unknown;
    scope.postMessage({ id, ok: true, value: handler(loaded, payload) });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
