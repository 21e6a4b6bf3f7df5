/** docs/schema/*.json are generated from the output schemas; set UPDATE_SCHEMAS=1 to rewrite them. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answerIncident,
  asDate,
  BacktestOutputSchema,
  BasesOutputSchema,
  CascadeOutputSchema,
  compareSofas,
  defaultAssumptions,
  diffSofas,
  ExpertsOutputSchema,
  findObligations,
  IncidentOutputSchema,
  libraryVersion,
  ModelCalibration,
  noCommitments,
  ObligationsOutputSchema,
  obligationsOutput,
  outputJsonSchema,
  runCascade,
  SensitivityOutputSchema,
  SofaComparisonSchema,
  SofaDiffSchema,
} from '../src/index.ts';
import { libraryFiles, repoRoot } from './library-files.ts';
import { event, realLibrary, worldOf } from './real-library.ts';

const files = [
  ['findings.schema.json', ObligationsOutputSchema, 'Casus findings (casus obligations --json)'],
  ['cascade.schema.json', CascadeOutputSchema, 'Casus cascade (casus run --json)'],
  ['backtest.schema.json', BacktestOutputSchema, 'Casus backtest (casus backtest --json)'],
  ['bases.schema.json', BasesOutputSchema, 'Casus bases (casus bases --json, GET /api/bases)'],
  [
    'experts.schema.json',
    ExpertsOutputSchema,
    'Casus model beside expert judgement (casus experts --json)',
  ],
  [
    'calibration.schema.json',
    ModelCalibration,
    'Casus model calibration (GET /api/models/calibration: {calibration: this or null})',
  ],
  [
    'sensitivity.schema.json',
    SensitivityOutputSchema,
    'Casus sensitivity (casus sensitivity --json)',
  ],
  [
    'sofa-incident.schema.json',
    IncidentOutputSchema,
    'Casus SOFA incident (casus sofa incident --json)',
  ],
  [
    'sofa-compare.schema.json',
    SofaComparisonSchema,
    'Casus SOFA comparison (casus sofa compare --json)',
  ],
  ['sofa-diff.schema.json', SofaDiffSchema, 'Casus SOFA diff (casus sofa diff A B --json)'],
] as const;

describe('docs/schema', () => {
  for (const [name, schema, title] of files)
    it(`${name} is what the output schema generates`, () => {
      const path = join(repoRoot, 'docs', 'schema', name);
      const generated = `${JSON.stringify(outputJsonSchema(schema, title), null, 2)}\n`;
      if (process.env.UPDATE_SCHEMAS || !existsSync(path)) {
        mkdirSync(join(repoRoot, 'docs', 'schema'), { recursive: true });
        writeFileSync(path, generated);
      }
      expect(readFileSync(path, 'utf8')).toBe(generated);
    });
});

describe('the SOFA answers are exactly the documented shapes', () => {
  const lib = realLibrary();
  it('an incident, through a layered SOFA', () => {
    const r = answerIncident(lib, {
      sofa: 'germany-sa-1959',
      date: '2024-06-01',
      person: 'member',
      onDuty: 'certified',
      offence: 'traffic-death',
      victim: 'host-national',
      place: 'JPN.okinawa',
    });
    const output = JSON.parse(JSON.stringify(r.ok && r.value));
    expect(IncidentOutputSchema.safeParse(output).error).toBeUndefined();
  });
  it('a comparison', () => {
    const ids = ['us-japan-sofa-1960', 'germany-sa-1959', 'us-philippines-vfa-1998'];
    const r = compareSofas(lib, ids, asDate('2024-06-01'));
    const output = JSON.parse(JSON.stringify(r.ok && r.value));
    expect(SofaComparisonSchema.safeParse(output).error).toBeUndefined();
  });
  it('a diff against a proposal', () => {
    const r = diffSofas(
      lib,
      'us-japan-sofa-1960',
      'sofa-revision-german-model',
      asDate('2024-06-01'),
    );
    const output = JSON.parse(JSON.stringify(r.ok && r.value));
    expect(SofaDiffSchema.safeParse(output).error).toBeUndefined();
  });
});

describe('the engine returns exactly the documented shapes', () => {
  const header = (mode?: 'honoured') => ({
    architecture: 'status-quo',
    date: '2025-03-01',
    mode,
    assumptions: defaultAssumptions(),
    libraryVersion: libraryVersion(libraryFiles()),
  });
  const invasion = event({ actor: 'PRK', kind: 'armed-attack', target: { place: 'KOR.main' } });

  it('findings', () => {
    const world = worldOf('status-quo', '2025-03-01');
    const findings = findObligations(world, invasion);
    const noCommitment = noCommitments(world, invasion);
    const output = JSON.parse(
      JSON.stringify(obligationsOutput(header(), [invasion], findings, noCommitment)),
    );
    expect(ObligationsOutputSchema.safeParse(output).error).toBeUndefined();
  });

  it('a cascade', () => {
    const result = runCascade(worldOf('status-quo', '2025-03-01'), [invasion], {
      mode: 'honoured',
    });
    const scenario = { id: 'k', name: 'Korea', description: 'x' };
    const output = JSON.parse(
      JSON.stringify({ header: header('honoured'), scenario, events: [invasion], result }),
    );
    expect(CascadeOutputSchema.safeParse(output).error).toBeUndefined();
  });
});
