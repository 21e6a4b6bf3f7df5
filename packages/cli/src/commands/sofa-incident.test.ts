import type { IncidentAnswer } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { runBinary, runCasus } from '../test-io.ts';

const okinawa = [
  'sofa',
  'incident',
  '--sofa',
  'us-japan-sofa-1960',
  '--date',
  '1996-01-10',
  '--person',
  'member',
  '--on-duty',
  'no',
  '--offence',
  'rape',
  '--victim',
  'host-national',
];
const withFlag = (flag: string, value: string) => {
  const argv = [...okinawa];
  argv[argv.indexOf(flag) + 1] = value;
  return argv;
};

describe('casus sofa incident', () => {
  it('prints a table, the articles and their traces for people', async () => {
    const { code, stdout } = await runCasus(okinawa);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /jurisdiction\s+receiving State: primary right\s+Article XVII\(3\) \(verbatim\)/,
    );
    expect(stdout).toContain('transfer of custody before indictment');
    expect(stdout).toContain('RULES THAT DID NOT APPLY');
    expect(stdout).toContain('GAPS IN THE SOURCES');
  });

  it('answers in JSON with each step, its article and trace', async () => {
    const { code, stdout } = await runCasus([...okinawa, '--json']);
    expect(code).toBe(0);
    const a = JSON.parse(stdout) as IncidentAnswer;
    expect(a.jurisdiction?.rule).toBe('jp-xvii-3b');
    expect(a.custody?.outcome).toEqual({
      custody: 'sending',
      until: 'Japan charges (indicts) him',
    });
    expect(a.requests.map((r) => r.rule)).toContain('jp-1995-heinous');
    expect(a.custody?.trace.every((t) => t.pass)).toBe(true);
  });

  it('names the sending State of a reciprocal SOFA from --sending, and refuses a State that is no party', async () => {
    const raa = withFlag('--sofa', 'japan-uk-raa-2023');
    raa[raa.indexOf('--date') + 1] = '2024-06-01';
    raa.push('--sending', 'JPN');
    const { code, stdout } = await runCasus(raa);
    expect(code).toBe(0);
    expect(stdout).toContain('sending State JPN, receiving State GBR');
    const bad = await runCasus([...raa.slice(0, -1), 'USA']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--sending');
    expect(bad.stderr).toContain('one of GBR, JPN');
  });

  it('exits 1 with the nearest SOFA id for an unknown one', async () => {
    const { code, stderr } = await runCasus(withFlag('--sofa', 'us-japan-sofa'));
    expect(code).toBe(1);
    expect(stderr).toContain('--sofa');
    expect(stderr).toContain('did you mean "us-japan-sofa-1960"?');
  });

  it('exits 1 with the nearest offence kind for an unknown one', async () => {
    const { code, stderr } = await runCasus(withFlag('--offence', 'murdr'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/--offence.*error invalid_value/);
    expect(stderr).toContain('did you mean "murder"?');
  });

  it('exits 1 naming the flag of a bad value and the missing flags', async () => {
    const bad = await runCasus(withFlag('--on-duty', 'maybe'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--on-duty');
    const missing = await runCasus(['sofa', 'incident', '--sofa', 'nato-sofa-1951']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('give --date, --person, --on-duty, --offence, --victim');
  });

  it('suggests a place the gazetteer has', async () => {
    const { code, stderr } = await runCasus([...okinawa, '--place', 'JPN.okinawaa']);
    expect(code).toBe(1);
    expect(stderr).toContain('did you mean "JPN.okinawa"?');
  });

  it('has --help, exit 0, from the real binary', () => {
    const r = runBinary(['sofa', 'incident', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--on-duty yes|no|certified');
  });
});

describe('casus sofa incident through a layered SOFA', () => {
  it('names the SOFA beneath before its article', async () => {
    const argv = ['sofa', 'incident', '--sofa', 'germany-sa-1959', '--date', '2024-06-01'];
    const facts = [
      '--person',
      'member',
      '--on-duty',
      'no',
      '--offence',
      'rape',
      '--victim',
      'host-national',
    ];
    const { code, stdout } = await runCasus([...argv, ...facts]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /jurisdiction\s+receiving State: primary right\s+nato-sofa-1951 Article VII\(3\) \(verbatim\)/,
    );
    expect(stdout).toMatch(
      /custody before indictment\s+sending State, until release or acquittal.*Article 22 \(partial\)/,
    );
  });
});
