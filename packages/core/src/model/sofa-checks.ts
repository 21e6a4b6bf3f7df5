/** Cross-reference checks of SOFAs: parties, the agreement a SOFA is layered on, and each rule's article, quote, versions and displaced rules. */
import type { Issue } from './issues.ts';
import type { Library } from './library.ts';
import { checkStates, type Report, reporter } from './report.ts';
import type { Sofa, SofaRule } from './sofa.ts';
import { didYouMean, suggest } from './suggest.ts';

/** Spaces and line breaks as YAML folds them: a quote matches whatever the folding. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function checkArticle(report: Report, sofa: Sofa, rule: SofaRule, i: number) {
  const articles = sofa.articles.map((a) => a.article);
  const article = sofa.articles.find((a) => a.article === rule.article);
  if (!article) {
    report(
      ['rules', i, 'article'],
      'unknown_article',
      `rule ${rule.id}: ${sofa.id} has no article "${rule.article}"`,
      `an article of ${sofa.id}: ${articles.join('; ') || '(none)'}`,
      didYouMean(suggest(rule.article, articles)),
    );
    return;
  }
  if (rule.quote === undefined) return;
  if (article.textStatus === 'not-quoted')
    report(
      ['rules', i, 'quote'],
      'quote_not_in_text',
      `rule ${rule.id}: ${rule.article} is not quoted, so the rule cannot quote it`,
      'no quote for a rule on a not-quoted article (its description says what it provides)',
    );
  else if (!squash(article.text ?? '').includes(squash(rule.quote)))
    report(
      ['rules', i, 'quote'],
      'quote_not_in_text',
      `rule ${rule.id}: the quote is not in the text of ${rule.article}`,
      `words that appear in the quoted text of ${rule.article}`,
    );
}

function checkVersions(report: Report, sofa: Sofa, rule: SofaRule, i: number) {
  const versions = sofa.versions.map((v) => v.id);
  for (const field of ['version', 'supersededBy'] as const) {
    const id = rule[field];
    if (id !== undefined && !versions.includes(id))
      report(
        ['rules', i, field],
        'unknown_version',
        `rule ${rule.id}: ${sofa.id} has no version "${id}"`,
        `a version id of ${sofa.id}: ${versions.join(', ')}`,
        didYouMean(suggest(id, versions)),
      );
  }
}

function checkReplaces(report: Report, lib: Library, sofa: Sofa, rule: SofaRule, i: number) {
  if (rule.replaces.length === 0) return;
  const base = sofa.layerOn ? lib.sofas.get(sofa.layerOn) : undefined;
  const known = base?.rules.map((r) => r.id) ?? [];
  rule.replaces.forEach((id, j) => {
    if (!known.includes(id))
      report(
        ['rules', i, 'replaces', j],
        'unknown_rule',
        `rule ${rule.id} replaces "${id}", which is not a rule of ${sofa.layerOn ?? '(no layerOn)'}`,
        base ? `a rule id of ${base.id}` : 'layerOn naming the SOFA whose rules this one displaces',
        didYouMean(suggest(id, known)),
      );
  });
}

function checkSofa(report: Report, lib: Library, sofa: Sofa) {
  for (const side of ['sending', 'receiving'] as const) {
    const p = sofa.parties[side];
    if (p !== 'members') checkStates(report, p, ['parties', side], `sofa ${sofa.id}, ${side}`);
  }
  if (sofa.layerOn && !lib.sofas.has(sofa.layerOn))
    report(
      ['layerOn'],
      'unknown_sofa',
      `sofa ${sofa.id} is layered on "${sofa.layerOn}", which is not in the library`,
      'a SOFA id from library/sofas, e.g. "nato-sofa-1951"',
      didYouMean(suggest(sofa.layerOn, lib.sofas.keys())),
    );
  sofa.rules.forEach((rule, i) => {
    checkArticle(report, sofa, rule, i);
    checkVersions(report, sofa, rule, i);
    checkReplaces(report, lib, sofa, rule, i);
  });
}

/** Every SOFA's references, each issue located in its file. */
export function checkSofas(lib: Library, issues: Issue[]) {
  for (const sofa of lib.sofas.values())
    checkSofa(reporter(issues, lib.origins.get(`sofas:${sofa.id}`)), lib, sofa);
}
