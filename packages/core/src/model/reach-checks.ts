/** Cross-reference check of a clause's statement that its text reaches counter-strikes: its article and words must be the agreement's own. */
import type { Agreement } from './agreement.ts';
import type { Clause } from './clause.ts';
import type { Report } from './report.ts';
import { didYouMean, suggest } from './suggest.ts';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reports a `trigger.reachesCounterstrikes` on a clause that is not a defence clause, one that
 * names an article the agreement lacks, or one whose quote is not in that article's quoted text
 * (whitespace aside): the statement overrides the initiator rule only on the treaty's own words.
 * @example checkReach(report, russiaDprk, clause, ['articles', 1, 'clauses', 0]) // reports nothing when the quote is Article 4's
 */
export function checkReach(report: Report, a: Agreement, c: Clause, at: PropertyKey[]): void {
  const reach = c.trigger?.reachesCounterstrikes;
  if (!reach) return;
  const path = [...at, 'trigger', 'reachesCounterstrikes'];
  if (c.type !== 'defense')
    report(
      path,
      'invalid_value',
      `clause ${c.id} is a ${c.type} clause; only a defence clause answers an attack, so only it can reach counter-strikes`,
      'reachesCounterstrikes on a clause of type defense',
    );
  const article = a.articles.find((x) => x.article === reach.article);
  if (!article) {
    const names = a.articles.map((x) => x.article);
    report(
      [...path, 'article'],
      'invalid_value',
      `clause ${c.id}: "${reach.article}" is not an article of ${a.id}`,
      `one of ${names.join(', ')}`,
      didYouMean(suggest(reach.article, names)),
    );
    return;
  }
  if (!words(article.text ?? '').includes(words(reach.quote)))
    report(
      [...path, 'quote'],
      'invalid_value',
      `clause ${c.id}: the quote is not in the text of ${reach.article} as the file quotes it`,
      `words copied from ${reach.article}'s "text", which must plainly say that a counter-strike on a member whose side opened the war invokes the clause`,
    );
}
