import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers, loadFiles } from './handlers.ts';

const libraryDir = resolve(import.meta.dirname, '..', '..', '..', '..', 'library');
const files = readdirSync(libraryDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.cases.yaml'))
  .map((f) => ({ path: `library/${f}`, text: readFileSync(join(libraryDir, f), 'utf8') }));
const loaded = loadFiles(files);
const five = [
  'us-japan-sofa-1960',
  'germany-sa-1959',
  'us-rok-sofa-1966',
  'us-philippines-vfa-1998',
  'us-australia-fpa-2014',
];

describe('the SOFA view’s worker answers', () => {
  it('colours the cells the Okinawa survey and the Foreign Ministry agree on, and gives each article’s text', () => {
    const { matrix, issues } = handlers.sofaCompare(loaded, { ids: five, date: '2024-06-01' });
    expect(issues).toEqual([]);
    const cell = (topic: string, sofa: string) =>
      matrix!.rows.find((r) => r.topic === topic)!.cells.find((c) => c.sofa === sofa)!;
    expect(cell('host-law', 'us-japan-sofa-1960').holder).toBe('sending');
    expect(cell('host-law', 'germany-sa-1959').holder).toBe('host');
    expect(cell('access', 'us-japan-sofa-1960').holder).toBe('sending');
    expect(cell('access', 'germany-sa-1959').holder).toBe('host');
    expect(cell('custody-transfer', 'us-japan-sofa-1960').holder).toBe('shared');
    expect(cell('custody', 'us-rok-sofa-1966').holder).toBe('sending');
    expect(cell('custody', 'us-australia-fpa-2014').holder).toBe('not-encoded');
    const custody = cell('custody', 'us-japan-sofa-1960').articles[0]!;
    expect(custody.text).toContain('until he is charged');
    expect(custody.text).toContain(custody.quote);
    // The Foreign Ministry's caveat is marked on the rows whose topics it names only.
    const marked = matrix!.rows.filter((r) => r.caveats.length > 0).map((r) => r.topic);
    expect(marked).toEqual(['host-law', 'flight-training', 'access']);
    expect(cell('flight-training', 'germany-sa-1959').holder).toBe('host');
    expect(cell('environment', 'us-japan-sofa-1960').holder).toBe('sending');
  });

  it('answers an incident, and bad input as issues with the nearest names', () => {
    const r = handlers.sofaIncident(loaded, {
      sofa: 'us-japan-sofa-1960',
      date: '1995-09-04',
      person: 'member',
      onDuty: 'no',
      offence: 'rape',
      victim: 'host-national',
      heldBy: 'sending',
    });
    expect(r.answer?.jurisdiction?.outcome).toEqual({ right: 'primary', holder: 'receiving' });
    const bad = handlers.sofaIncident(loaded, { sofa: 'us-japan', offence: 'murdr' });
    expect(bad.answer).toBeUndefined();
    expect(bad.issues.some((i) => i.pointer === '/date')).toBe(true);
    const names = handlers.sofaIncident(loaded, {
      sofa: 'us-japan-sofa',
      date: '1995-09-04',
      person: 'member',
      onDuty: 'no',
      offence: 'murdr',
      victim: 'host-national',
    });
    expect(names.issues.map((i) => i.hint)).toEqual([
      'did you mean "us-japan-sofa-1960"?',
      'did you mean "murder"?',
    ]);
    const catalog = handlers.sofas(loaded, {});
    expect(catalog.sofas.map((s) => s.id)).toEqual(expect.arrayContaining(five));
    expect(catalog.offences.map((o) => o.id)).toContain('rape');
    // A reciprocal RAA names neither State alone as the sending one: either may send.
    const raa = catalog.sofas.find((s) => s.id === 'japan-uk-raa-2023')!;
    expect([raa.sending, raa.receiving]).toEqual([
      ['GBR', 'JPN'],
      ['GBR', 'JPN'],
    ]);
  });
});
