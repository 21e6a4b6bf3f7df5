/** Located issues from core, rendered the same way everywhere: where, what, what was expected. */
import type { Issue } from '@casus/core';

export function IssueList({
  issues,
  testId = 'issues',
}: {
  issues: readonly Issue[];
  testId?: string;
}) {
  if (issues.length === 0) return null;
  return (
    <ul className="issues" data-testid={testId} aria-live="polite">
      {issues.map((i, n) => {
        const where = [i.file, i.line, i.column].filter((x) => x !== undefined).join(':');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond their position
          <li key={n}>
            <strong>{i.severity}</strong> {i.message}
            {where && (
              <>
                {' '}
                <code>{where}</code>
              </>
            )}
            {i.pointer && (
              <>
                {' '}
                at <code>{i.pointer}</code>
              </>
            )}
            {i.expected && <div>expected: {i.expected}</div>}
            {i.hint && <div>{i.hint}</div>}
          </li>
        );
      })}
    </ul>
  );
}
