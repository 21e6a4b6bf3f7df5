/** Defaults shared by the views: today's date and the architecture to start from. */
import type { Catalog } from '../../engine/protocol.ts';

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The status quo if the library has one, else the first architecture. */
export function defaultArchitecture(catalog: Pick<Catalog, 'architectures'>): string {
  const ids = catalog.architectures.map((a) => a.id as string);
  return (
    ids.find((id) => id === 'status-quo') ??
    ids.find((id) => id.startsWith('status-quo')) ??
    ids[0] ??
    ''
  );
}
