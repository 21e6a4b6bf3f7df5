/** Cross-reference checks of the library: every state, place, area, clause, agreement and base it names exists. */

import type { AreaRule } from './area.ts';
import { checkBases } from './base-checks.ts';
import type { Issue } from './issues.ts';
import type { Library } from './library.ts';
import { checkReach } from './reach-checks.ts';
import { checkArea, checkPlace, checkStates, type Report, reporter } from './report.ts';
import { checkScenario } from './scenario-checks.ts';
import { checkSofas } from './sofa-checks.ts';
import { isKnownState } from './states.ts';
import { didYouMean, suggest } from './suggest.ts';

function checkRule(report: Report, lib: Library, rule: AreaRule, path: PropertyKey[]) {
  if ('any' in rule)
    rule.any.forEach((r, i) => void checkRule(report, lib, r, [...path, 'any', i]));
  else if ('all' in rule)
    rule.all.forEach((r, i) => void checkRule(report, lib, r, [...path, 'all', i]));
  else if ('not' in rule) checkRule(report, lib, rule.not, [...path, 'not']);
  else if ('area' in rule) checkArea(report, lib, rule.area, [...path, 'area'], 'area rule');
  else if ('places' in rule)
    for (const [i, p] of rule.places.entries())
      checkPlace(report, lib, p, [...path, 'places', i], 'area rule');
  else if ('administeredBy' in rule)
    checkStates(report, rule.administeredBy, [...path, 'administeredBy'], 'area rule');
}

function checkDates(report: Report, item: { signed?: string; inForce?: string; ended?: string }) {
  if (item.signed && item.inForce && item.inForce < item.signed)
    report(
      ['inForce'],
      'date_order',
      `entered into force (${item.inForce}) before it was signed (${item.signed})`,
      'signed ≤ inForce',
    );
  const start = item.inForce ?? item.signed;
  if (start && item.ended && item.ended < start)
    report(
      ['ended'],
      'date_order',
      `ended (${item.ended}) before it began (${start})`,
      'inForce ≤ ended',
    );
}

function checkAgreements(lib: Library, issues: Issue[]) {
  for (const a of lib.agreements.values()) {
    const report = reporter(issues, lib.origins.get(`agreements:${a.id}`));
    checkStates(report, a.members, ['members'], 'members');
    a.memberships.forEach((m, i) => {
      if (!a.members.includes(m.state))
        report(
          ['memberships', i, 'state'],
          'unknown_state',
          `membership dates for ${m.state}, which is not among the members`,
          `one of the members: ${a.members.join(', ')}`,
        );
      if (m.joined && m.left && m.left < m.joined)
        report(
          ['memberships', i, 'left'],
          'date_order',
          `${m.state} left (${m.left}) before it joined (${m.joined})`,
          'joined ≤ left',
        );
    });
    checkDates(report, a);
    const clauseIds = new Set<string>();
    a.articles.forEach((article, ai) => {
      article.clauses.forEach((c, ci) => {
        const at = ['articles', ai, 'clauses', ci];
        clauseIds.add(c.id);
        for (const role of ['obligors', 'beneficiaries'] as const) {
          const parties = c[role];
          if (parties === 'members') continue;
          checkStates(
            report,
            parties,
            [...at, role],
            `${article.article}, clause ${c.id}, ${role}`,
          );
          parties.forEach((s, i) => {
            if (isKnownState(s) && !a.members.includes(s) && a.kind !== 'domestic-law')
              report(
                [...at, role, i],
                'unknown_state',
                `${article.article}: ${s} is named in clause ${c.id} but is not a member`,
                `one of the members: ${a.members.join(', ')}`,
              );
          });
        }
        checkArea(
          report,
          lib,
          c.trigger?.area,
          [...at, 'trigger', 'area'],
          `${article.article}, clause ${c.id}`,
        );
        checkStates(
          report,
          c.trigger?.adversaries,
          [...at, 'trigger', 'adversaries'],
          `${article.article}, clause ${c.id}, adversaries`,
        );
        checkReach(report, a, c, at);
      });
    });
    a.exceptions.forEach((e, i) => {
      if (!clauseIds.has(e.clause))
        report(
          ['exceptions', i, 'clause'],
          'unknown_clause',
          `exception ${e.id} narrows clause "${e.clause}", which this agreement does not have`,
          `a clause id of ${a.id}: ${[...clauseIds].join(', ') || '(none)'}`,
          didYouMean(suggest(e.clause, clauseIds)),
        );
      checkStates(report, e.obligors, ['exceptions', i, 'obligors'], `exception ${e.id}`);
      checkStates(report, e.beneficiaries, ['exceptions', i, 'beneficiaries'], `exception ${e.id}`);
      checkStates(report, e.onlyAgainst, ['exceptions', i, 'onlyAgainst'], `exception ${e.id}`);
    });
    if (a.constraint) {
      checkStates(report, [a.constraint.state], ['constraint', 'state'], 'constraint');
      checkStates(
        report,
        a.constraint.closePartners,
        ['constraint', 'closePartners'],
        'constraint',
      );
    }
  }
}

function checkPlaces(lib: Library, issues: Issue[]) {
  for (const p of lib.places.values()) {
    const report = reporter(issues, lib.origins.get(`places:${p.id}`));
    if (p.administeredBy)
      checkStates(report, [p.administeredBy], ['administeredBy'], `place ${p.id}`);
    checkStates(report, p.claimants, ['claimants'], `place ${p.id}`);
    checkStates(
      report,
      p.administration.map((a) => a.state),
      ['administration'],
      `place ${p.id}, administration`,
    );
    checkPlace(report, lib, p.within, ['within'], `place ${p.id}`);
  }
}

/** Every cross-reference in a library, checked; returns all issues found. */
export function checkReferences(lib: Library): Issue[] {
  const issues: Issue[] = [];
  checkPlaces(lib, issues);
  for (const a of lib.areas.values())
    checkRule(reporter(issues, lib.origins.get(`areas:${a.id}`)), lib, a.rule, ['rule']);
  checkAgreements(lib, issues);
  checkBases(lib, issues);
  checkSofas(lib, issues);
  for (const arch of lib.architectures.values()) {
    const report = reporter(issues, lib.origins.get(`architectures:${arch.id}`));
    for (const field of ['add', 'remove'] as const)
      arch[field].forEach((id, i) => {
        if (!lib.agreements.has(id))
          report(
            [field, i],
            'unknown_agreement',
            `agreement "${id}" is not in the library`,
            'an agreement id from library/agreements',
            didYouMean(suggest(id, lib.agreements.keys())),
          );
      });
  }
  for (const s of lib.scenarios.values())
    issues.push(...checkScenario(s, lib, lib.origins.get(`scenarios:${s.id}`)));
  return issues;
}
