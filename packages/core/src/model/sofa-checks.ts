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

/** A proposal's rules are each an assumption with its source; an agreement's are not; what a rule copies must exist. */
function checkAssumption(report: Report, lib: Library, sofa: Sofa, rule: SofaRule, i: number) {
  const proposal = sofa.kind === 'proposal';
  if (proposal && !rule.assumption)
    report(
      ['rules', i],
      'missing_field',
      `rule ${rule.id}: ${sofa.id} is a proposal, so its rule needs an "assumption"`,
      'assumption: { says: what the design assumes, source: where the idea comes from, copies: [{ sofa, article }] }',
    );
  if (!proposal && rule.assumption)
    report(
      ['rules', i, 'assumption'],
      'invalid_value',
      `rule ${rule.id}: ${sofa.id} is an agreement, not a proposal, so its rules are not assumptions`,
      'no "assumption" on an agreement\'s rule (or kind: proposal on the SOFA)',
    );
  rule.assumption?.copies.forEach((c, j) => {
    const from = lib.sofas.get(c.sofa);
    if (!from) {
      report(
        ['rules', i, 'assumption', 'copies', j, 'sofa'],
        'unknown_sofa',
        `rule ${rule.id} copies from "${c.sofa}", which is not in the library`,
        'a SOFA id from library/sofas',
        didYouMean(suggest(c.sofa, lib.sofas.keys())),
      );
      return;
    }
    const articles = from.articles.map((a) => a.article);
    if (!articles.includes(c.article))
      report(
        ['rules', i, 'assumption', 'copies', j, 'article'],
        'unknown_article',
        `rule ${rule.id} copies "${c.article}", which is not an article of ${from.id}`,
        `an article of ${from.id}: ${articles.join('; ')}`,
        didYouMean(suggest(c.article, articles)),
      );
  });
}

/** A proposal's undated version only in a proposal, and an agreement's versions dated. */
function checkProposalVersions(report: Report, sofa: Sofa) {
  sofa.versions.forEach((v, i) => {
    if (v.kind === 'proposal' && sofa.kind !== 'proposal')
      report(
        ['versions', i, 'kind'],
        'invalid_value',
        `version ${v.id}: only a SOFA of kind proposal has a proposal version`,
        'kind: proposal on the SOFA, or a dated version (base, amendment, …)',
      );
  });
}

function checkSofa(report: Report, lib: Library, sofa: Sofa) {
  checkProposalVersions(report, sofa);
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
    checkAssumption(report, lib, sofa, rule, i);
  });
}

/** Every SOFA's references, each issue located in its file. */
export function checkSofas(lib: Library, issues: Issue[]) {
  for (const sofa of lib.sofas.values())
    checkSofa(reporter(issues, lib.origins.get(`sofas:${sofa.id}`)), lib, sofa);
}
