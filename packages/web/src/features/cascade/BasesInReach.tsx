/** Each belligerent's bases abroad in reach of the war, one line per host and user: the bases, the host's answer, who struck them. */
import type { BaseUseRecord } from '@casus/core';
import { useWorkbench } from '../common/catalog-context.tsx';
import { answerWords, groupBasing } from './basing.ts';

export function BasesInReach({ basing }: { basing: readonly BaseUseRecord[] }) {
  const { name } = useWorkbench();
  return (
    <section className="bases-in-reach" aria-labelledby="bases-in-reach-title">
      <h4 id="bases-in-reach-title">Bases in reach</h4>
      <ul data-testid="bases-in-reach">
        {groupBasing(basing).map((g) => (
          <li
            key={g.key}
            data-testid={`bases-${g.host}-${g.user}`}
            data-answer={g.answer}
            className={g.struckBy.length ? 'struck' : undefined}
          >
            <strong>
              {name(g.user)} in {name(g.host)}
            </strong>
            :{' '}
            {g.bases.map((b, i) => (
              <span key={b.base} title={b.why}>
                {i > 0 && ', '}
                {b.name}
              </span>
            ))}
            . <span className="basing-answer">{answerWords(g, name)}</span>{' '}
            <small title="the grant the bases' use rests on">({g.grant})</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
