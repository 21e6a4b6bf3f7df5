import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import { placeHint } from './place-suggestions.ts';

const library = realLibrary();

describe('the hint for a place the gazetteer lacks', () => {
  it('names ids spelt nearly alike first', () => {
    expect(placeHint(library, 'JPN.senkakus')).toBe('did you mean "JPN.senkaku"?');
    expect(placeHint(library, 'JPN.dokdo')).toBe('did you mean "KOR.dokdo"?');
  });

  it('finds a place by its other names, whoever the id says holds it', () => {
    expect(placeHint(library, 'JPN.diaoyu')).toMatch(/^did you mean "JPN.senkaku" \(Diaoyu/);
    expect(placeHint(library, 'CHN.diaoyu')).toMatch(/"JPN.senkaku"/);
    expect(placeHint(library, 'PHL.ayungin')).toMatch(/"PHL.second-thomas-shoal" \(Ayungin/);
  });

  it('does not match a short common word to every name that holds it', () => {
    expect(placeHint(library, 'EST.main')).not.toMatch(/mainland/);
  });

  it("names the state's own places when its prefix is a state's (world.yaml gives every state today one)", () => {
    expect(placeHint(library, 'EST.main')).toBe('did you mean "EST.territory" (Estonia)?');
    expect(placeHint(library, 'FIN.helsinki')).toBe('did you mean "FIN.territory" (Finland)?');
  });

  it('says where a former state’s territory comes from, since no place is its', () => {
    expect(placeHint(library, 'CSK.prague')).toMatch(
      /no place in Czechoslovakia, which is not a state today: run with --atop .* for CSK.territory/,
    );
    expect(placeHint(library, 'XXX.nowhere')).toBeUndefined();
  });
});
