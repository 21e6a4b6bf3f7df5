/** Seeded fuzzing of parseYaml over YAML-shaped text: it never throws, and every issue has its place. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-source.ts';

// Lines built to reach every branch of the reader: nesting, anchors and aliases, tags that change
// a collection's shape (!!omap, !!pairs, !!set), explicit and complex keys, flow collections.
const pick = (...options: string[]) => fc.constantFrom(...options);
const line = fc
  .tuple(
    pick('', '  ', '    ', '      '),
    pick('', '- ', '- - '),
    pick('', 'a: ', 'b: ', 'a: ', '? ', ': ', '[x]: '),
    pick('', '&x ', '&y ', '!!omap ', '!!pairs ', '!!set ', '!!str ', '!t '),
    pick(
      '',
      '1',
      'v',
      '*x',
      '*y',
      '[1, *x]',
      '{a: *y}',
      '{? [a]: 1}',
      '"q',
      "'",
      '|',
      '---',
      '[',
      '{',
    ),
  )
  .map((parts) => parts.join(''));
const yamlish = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

describe('parseYaml on fuzzed input', () => {
  it('never throws, and gives either a value or located issues', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const { source, issues } = parseYaml(text, 'fuzz.yaml');
        expect(source === undefined).toBe(issues.length > 0);
        for (const issue of issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
});
