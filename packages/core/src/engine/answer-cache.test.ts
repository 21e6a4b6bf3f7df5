import { describe, expect, it } from 'vitest';
import { event, realLibrary, worldOf } from '../../test/real-library.ts';
import { createAnswerCache } from './answer-cache.ts';
import { runCascade } from './cascade.ts';
import { findObligations } from './find-obligations.ts';

const senkaku = event({ actor: 'CHN', kind: 'armed-attack', target: { place: 'JPN.senkaku' } });
const at = (lon: number, lat: number) =>
  event({
    actor: 'CHN',
    kind: 'armed-attack',
    target: { state: 'JPN', asset: 'armed-forces', at: [lon, lat] },
  });

describe('the answer cache', () => {
  realLibrary();
  const world = worldOf('status-quo', '2024-11-01');

  it('answers as the engine does without it, and the same answer again from it', () => {
    const cache = createAnswerCache({ size: 8 });
    const first = findObligations(world, senkaku, 0, cache);
    expect(first).toEqual(findObligations(world, senkaku));
    expect(findObligations(world, senkaku, 0, cache)).toBe(first);
    expect(findObligations(world, senkaku, 2, cache).map((f) => f.event)).toEqual(
      first.map(() => 2),
    );
  });

  it('never holds more answers than its size, however many coordinates pass through', () => {
    const cache = createAnswerCache({ size: 16 });
    for (let i = 0; i < 500; i++) {
      findObligations(world, at(120 + i / 100, 25), 0, cache);
      expect(cache.size).toBeLessThanOrEqual(16);
    }
    expect(cache.size).toBe(16);
  });

  it('keeps each world apart: the same event in another world is answered there', () => {
    const cache = createAnswerCache({ size: 8 });
    const before = worldOf('status-quo', '1955-01-01');
    const now = findObligations(world, senkaku, 0, cache);
    const then = findObligations(before, senkaku, 0, cache);
    expect(then).toEqual(findObligations(before, senkaku));
    expect(then).not.toEqual(now);
  });

  it('gives the cascade the same result with it as without it', () => {
    const cache = createAnswerCache({ size: 64 });
    const korea = worldOf('status-quo', '2025-03-01');
    const invasion = event({ actor: 'PRK', kind: 'armed-attack', target: { place: 'KOR.main' } });
    const plain = runCascade(korea, [invasion], { mode: 'honoured' });
    expect(runCascade(korea, [invasion], { mode: 'honoured', cache })).toEqual(plain);
    expect(runCascade(korea, [invasion], { mode: 'honoured', cache })).toEqual(plain);
  });
});
