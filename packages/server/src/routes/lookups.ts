/** Look-ups of ids named in a request, turned into 400s with a "did you mean" when they are unknown. */
import {
  type Architecture,
  type ArchitectureId,
  didYouMean,
  type IssueCode,
  type Library,
  suggest,
} from '@casus/core';
import { badInput } from '../errors.ts';

/**
 * A 400 for an unknown id in a query parameter or body field at `pointer`.
 * @example throw unknownInQuery('architecture', 'architecture', 'status-qo', lib.architectures.keys())
 */
export function unknownInQuery(what: string, field: string, id: string, known: Iterable<string>) {
  const pointer = field.startsWith('/') ? field : `/${field}`;
  return badInput([
    {
      code: `unknown_${what}` as IssueCode,
      severity: 'error',
      pointer,
      message: `${what} "${id}" is not known`,
      received: `"${id}"`,
      hint: didYouMean(suggest(id, known)),
    },
  ]);
}

/**
 * The library's architecture with this id, or a 400 pointing at `field`.
 * @example knownArchitecture(lib, 'status-quo').name
 */
export function knownArchitecture(
  library: Library,
  id: string,
  field = 'architecture',
): Architecture {
  const found = library.architectures.get(id as ArchitectureId);
  if (!found) throw unknownInQuery('architecture', field, id, library.architectures.keys());
  return found;
}
