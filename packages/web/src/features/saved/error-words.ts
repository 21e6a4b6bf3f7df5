/** A failed request in words: the server's message, its issues' sentences and its hint. */
import { ApiError } from '../../api/client.ts';
import { issueSentences } from '../common/IssueList.tsx';

/**
 * What went wrong, as a person would read it.
 * @example errorWords(new ApiError(409, 'shadows_library', '"x" is the id of …', [], 'a new id')) // '"x" is the id of …. Try a new id.'
 */
export function errorWords(e: unknown): string {
  if (!(e instanceof ApiError)) return (e as Error).message;
  const said =
    e.issues.length > 0
      ? e.issues.map(issueSentences).join(' ')
      : /[.?!]$/.test(e.message)
        ? e.message
        : `${e.message}.`;
  return e.hint ? `${said} Try ${e.hint}.` : said;
}
