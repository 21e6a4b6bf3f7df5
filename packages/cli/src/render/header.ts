/** The header every engine answer carries: architecture, date, mode, assumptions and library version. */
import { type AnswerHeader, type Assumptions, libraryVersion } from '@casus/core';
import { readYamlFiles } from '@casus/data';
import { counterstrikeLine } from '../counterstrike-flag.ts';
import { defaultLibraryDir } from '../library-files.ts';
import { projectionLine } from '../projection-flag.ts';

/**
 * The header object of an answer, with the version of the library on disk.
 * @example answerHeader({architecture: 'status-quo', date: '2024-11-01', assumptions}) // {..., libraryVersion: '5c1f…'}
 */
export function answerHeader(fields: Omit<AnswerHeader, 'libraryVersion'>): AnswerHeader {
  return { ...fields, libraryVersion: libraryVersion(readYamlFiles(defaultLibraryDir())) };
}

const situations = (a: Assumptions) =>
  Object.entries(a.situations).map(([state, situation]) => `${state} declares ${situation}`);

/** The basing assumptions in words: whether used bases are struck, their reach, and the hosts' answers. */
export function basingLine(a: Assumptions): string {
  const b = a.basing;
  const answers = Object.entries(b.consent).map(([host, answer]) => `${host} ${answer}`);
  return `basing: bases abroad within ${b.rangeKm.toLocaleString('en-US')} km of the scene fight if their host consents (${answers.length ? answers.join(', ') : 'no host answer assumed'}); used bases are ${b.strikes} by the other side`;
}

/**
 * The header as one line for people, then the model choices that shape the answer.
 * @example headerLines(header) // ['status-quo · 2024-11-01 · library 5c1f…', 'assumptions: none declared']
 */
export function headerLines(header: AnswerHeader): string[] {
  const mode = header.mode ? ` · mode ${header.mode}` : '';
  const declared = situations(header.assumptions);
  return [
    `architecture ${header.architecture} · ${header.date}${mode} · library ${header.libraryVersion}`,
    `assumptions: ${declared.length ? declared.join('; ') : 'no situations declared'}; escalation: ${header.assumptions.escalation} (entrants strike ${header.assumptions.escalation === 'theatre' ? "the attacker's homeland, or the defenders at the scene" : 'the homelands of those they fight'})`,
    counterstrikeLine(header.assumptions.counterstrikeInvokes),
    basingLine(header.assumptions),
    projectionLine(header.assumptions.projection),
    ...(header.history
      ? [
          `history: ${header.history.alliances} ${header.history.dataset} alliances in force on the date added; curated agreements replace their ATOP codings (${header.history.differences} coded differently); conditions ATOP records without stating them are assumed ${header.assumptions.unstatedConditions}`,
        ]
      : []),
    ...header.assumptions.notes.map((n) => `  - ${n}`),
  ];
}
