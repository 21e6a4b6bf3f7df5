/** `casus agreement show ID`: one agreement with its articles, clauses, exceptions and citations. */
import type { Agreement, Clause, Library } from '@casus/core';
import { didYouMean, stateName, suggest } from '@casus/core';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, InputError, UsageError } from '../command.ts';
import { libraryOrExit } from '../library-files.ts';
import { wrap } from '../render/wrap.ts';

const usage = `Usage: casus agreement show ID [--json]

Prints one agreement: dates, members, each article with its quoted text (and how far the
quotation can be trusted), the clauses encoded from it, exceptions, institutions and sources.
  --json   the agreement object as the library holds it
Exit codes: 0 answered, 1 bad input (unknown id), 2 internal error.`;

const parties = (p: Clause['obligors'], a: Agreement) =>
  (p === 'members' ? a.members : p).join(', ');

function describeClause(c: Clause, a: Agreement, lib: Library): string[] {
  const t = c.trigger;
  const area = t?.area ? lib.areas.get(t.area)?.name : undefined;
  const lines = [
    `  • ${c.id}: ${c.type}, ${parties(c.obligors, a)} → ${parties(c.beneficiaries, a)}, ${c.response}`,
  ];
  if (t) {
    lines.push(
      wrap(
        `when: ${t.events.join('/')} on ${t.targets.join('/')}${area ? ` in ${area}` : ''}`,
        96,
        '      ',
      ),
    );
    if (t.adversaries) lines.push(`      only against: ${t.adversaries.join(', ')}`);
    if (t.unprovoked) lines.push('      not if the beneficiary provoked the attack');
  }
  lines.push(wrap(c.summary, 96, '      '));
  return lines;
}

/** The human-readable text of one agreement. */
export function renderAgreement(a: Agreement, lib: Library): string {
  const dates = [
    a.signed && `signed ${a.signed}`,
    a.inForce && `in force ${a.inForce}`,
    a.ended && `ended ${a.ended}`,
  ].filter(Boolean);
  const out = [
    `${a.name}`,
    `${a.id} · ${a.kind}${dates.length ? ` · ${dates.join(' · ')}` : ''}${a.atopId ? ` · ATOP ${a.atopId}` : ''}`,
    `members: ${a.members.map((m) => `${stateName(m)} (${m})`).join(', ')}`,
    '',
    wrap(a.summary),
  ];
  for (const art of a.articles) {
    out.push('', `${art.article}  [text: ${art.textStatus}]`);
    if (art.text)
      out.push(
        wrap(
          art.textStatus === 'unverified'
            ? `paraphrase, not the treaty's words: ${art.text.trim()}`
            : `“${art.text.trim()}”`,
          96,
          '  ',
        ),
      );
    out.push(wrap(`source: ${art.source}`, 96, '  '));
    for (const c of art.clauses) out.push(...describeClause(c, a, lib));
  }
  for (const e of a.exceptions)
    out.push(
      '',
      `${e.kind} ${e.id} (narrows ${e.clause}${e.from ? `, from ${e.from}` : ''})`,
      wrap(e.summary, 96, '  '),
    );
  for (const i of a.institutions) out.push('', `institution: ${i.kind}: ${i.name}`);
  if (a.constraint)
    out.push('', wrap(`domestic constraint on ${a.constraint.state}: ${a.constraint.summary}`));
  for (const s of a.assumptions) out.push(wrap(`assumption: ${s}`));
  out.push('', 'sources:', ...a.sources.map((s) => wrap(s, 96, '  ')));
  return out.join('\n');
}

export const agreementShowCommand: Command = {
  name: 'agreement show',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {});
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new UsageError('give exactly one agreement id');
    const lib = libraryOrExit(io);
    if (!lib) return EXIT.badInput;
    const agreement = lib.agreements.get(id as never);
    if (!agreement)
      throw new InputError([
        {
          code: 'unknown_agreement',
          severity: 'error',
          pointer: '',
          file: 'agreement id',
          message: `agreement "${id}" is not in the library`,
          expected: 'an id listed by `casus agreements`, e.g. "us-japan-1960"',
          hint: didYouMean(suggest(id, lib.agreements.keys())),
        },
      ]);
    io.stdout(values.json ? JSON.stringify(agreement, null, 2) : renderAgreement(agreement, lib));
    return EXIT.ok;
  },
};
