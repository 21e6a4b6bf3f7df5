/** Cross-reference checks of bases: states, place, dates, the agreement and article of each grant, and architectures' base lists. */
import type { Base } from './base.ts';
import type { Issue } from './issues.ts';
import type { Library } from './library.ts';
import { checkPlace, checkStates, type Report, reporter } from './report.ts';
import { didYouMean, suggest } from './suggest.ts';

function checkGrants(report: Report, lib: Library, base: Base) {
  if (base.grants.length === 0 && !base.users.includes(base.host))
    report(
      ['grants'],
      'missing_field',
      `base ${base.id}: ${base.host} hosts it for ${base.users.join(', ')}, but no grant says under what`,
      'at least one grant: {agreement, article} from the library, or {instrument, source}',
    );
  base.grants.forEach((g, i) => {
    if (!('agreement' in g)) return;
    const agreement = lib.agreements.get(g.agreement);
    if (!agreement) {
      report(
        ['grants', i, 'agreement'],
        'unknown_agreement',
        `base ${base.id}: the grant names agreement "${g.agreement}", which is not in the library`,
        'an agreement id from library/agreements, or `instrument` with a `source` for one the library does not hold',
        didYouMean(suggest(g.agreement, lib.agreements.keys())),
      );
      return;
    }
    const articles = agreement.articles.map((a) => a.article);
    if (!articles.includes(g.article))
      report(
        ['grants', i, 'article'],
        'unknown_article',
        `base ${base.id}: ${agreement.id} has no article "${g.article}"`,
        `an article of ${agreement.id}: ${articles.join('; ') || '(none)'}`,
        didYouMean(suggest(g.article, articles)),
      );
  });
}

function checkBaseDates(report: Report, base: Base) {
  if (base.opened && base.closed && base.closed.date <= base.opened.date)
    report(
      ['closed', 'date'],
      'date_order',
      `base ${base.id} closed (${base.closed.date}) on or before it opened (${base.opened.date})`,
      'opened < closed (closed is the first day it no longer existed)',
    );
  if (base.status === 'proposal' && base.closed)
    report(
      ['closed'],
      'date_order',
      `base ${base.id} is a proposal and cannot have closed`,
      'no `closed` date on a proposal',
    );
}

function checkBase(report: Report, lib: Library, base: Base) {
  // host is one state, not a list: drop the index checkStates adds to its path
  const hostReport: Report = (path, ...rest) => report(path.slice(0, -1), ...rest);
  checkStates(hostReport, [base.host], ['host'], `base ${base.id}, host`);
  checkStates(report, base.users, ['users'], `base ${base.id}, users`);
  checkStates(report, base.managedBy, ['managedBy'], `base ${base.id}, managedBy`);
  checkPlace(report, lib, base.place, ['place'], `base ${base.id}`);
  checkBaseDates(report, base);
  checkGrants(report, lib, base);
}

/** Every base's references, and the base ids each architecture adds or removes. */
export function checkBases(lib: Library, issues: Issue[]) {
  for (const base of lib.bases.values())
    checkBase(reporter(issues, lib.origins.get(`bases:${base.id}`)), lib, base);
  for (const arch of lib.architectures.values()) {
    const report = reporter(issues, lib.origins.get(`architectures:${arch.id}`));
    for (const field of ['add', 'remove'] as const)
      arch.bases[field].forEach((id, i) => {
        if (!lib.bases.has(id))
          report(
            ['bases', field, i],
            'unknown_base',
            `base "${id}" is not in the library`,
            'a base id from library/bases, e.g. "kadena-air-base"',
            didYouMean(suggest(id, lib.bases.keys())),
          );
      });
  }
}
