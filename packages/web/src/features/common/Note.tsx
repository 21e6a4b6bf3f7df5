/** The short "What am I looking at" note every view opens with. */
import type { ReactNode } from 'react';

export function Note({ children }: { children: ReactNode }) {
  return (
    <aside className="note" aria-label="What am I looking at">
      <strong>What am I looking at? </strong>
      {children}
    </aside>
  );
}
