import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameterValues, parseReliabilityParams } from '@casus/core';

const file = new URL('../../../../library/models/reliability.yaml', import.meta.url);

describe('reliability parameters', () => {
  it('parses the library file, with a source for every coefficient', () => {
    const r = parseReliabilityParams(readFileSync(file, 'utf8'), 'reliability.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.base.duty.value).toBe(0.75);
    expect(parameterValues(r.value).response?.constitutional).toBe(0);
  });

  it('reports a bad value with its line and column', () => {
    const text = readFileSync(file, 'utf8').replace('value: 0.75', 'value: 1.75');
    const r = parseReliabilityParams(text, 'reliability.yaml');
    expect(r.ok).toBe(false);
    const issue = r.issues[0]!;
    expect(issue.file).toBe('reliability.yaml');
    expect(issue.pointer).toBe('/base/duty/value');
    expect(issue.line).toBeGreaterThan(10);
  });
});
