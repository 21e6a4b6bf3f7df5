import { describe, expect, it } from 'vitest';
import { YAML_LIMITS } from './yaml-limits.ts';
import { parseYaml } from './yaml-source.ts';

/** `a: {a: {a: … 1}}` with `depth` maps inside one another. */
const nested = (depth: number) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;

describe('parseYaml', () => {
  it('keeps line and column for every node', () => {
    const { source } = parseYaml('id: x\nlist:\n  - a\n  - b\n', 'f.yaml');
    expect(source?.value).toEqual({ id: 'x', list: ['a', 'b'] });
    expect(source?.locate(['list', 1])).toEqual({ line: 4, column: 5 });
  });

  it('reports a syntax error with its position, never throwing', () => {
    const { source, issues } = parseYaml('a: [1, 2\nb: 3\n', 'f.yaml');
    expect(source).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: 'yaml_syntax', file: 'f.yaml', line: 2 });
  });

  it('places an alias to no anchor at its line and column', () => {
    expect(parseYaml('a: 1\nb: [2, *nothing]\n', 'f.yaml').issues).toMatchObject([
      { code: 'yaml_syntax', line: 2, column: 8, message: 'alias *nothing refers to no anchor' },
    ]);
  });

  it('refuses an alias inside the node its anchor marks, a cycle', () => {
    expect(parseYaml('a: &x [1, *x]\n', 'f.yaml').issues).toMatchObject([
      { line: 1, column: 11, message: 'alias *x refers to a node that contains it' },
    ]);
  });

  it('reads aliases to earlier anchors', () => {
    expect(parseYaml('a: &x [1, 2]\nb: *x\n', 'f.yaml').source?.value).toEqual({
      a: [1, 2],
      b: [1, 2],
    });
  });

  it('refuses nesting deeper than the limit, at the place it passes it, however deep', () => {
    expect(parseYaml(nested(YAML_LIMITS.maxDepth), 'f.yaml').issues).toEqual([]);
    expect(parseYaml(nested(YAML_LIMITS.maxDepth + 1), 'f.yaml').issues).toMatchObject([
      { code: 'yaml_limit', line: 1, column: 4 * 64 + 1 },
    ]);
    const { issues } = parseYaml(nested(2000), 'f.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'yaml_limit',
      line: 1,
      message: 'the YAML is nested deeper than 64 levels',
    });
  });

  it('refuses an alias bomb and too many aliases, each with its position', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(', ')}]`,
      );
    const [issue, ...rest] = parseYaml(`${bomb.join('\n')}\n`, 'bomb.yaml').issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'yaml_limit',
      line: 4,
      message: 'the aliases stand for more than 10,000 nodes',
    });
    const many = `a: &a 1\nb: [${Array(101).fill('*a').join(', ')}]\n`;
    expect(parseYaml(many, 'f.yaml').issues).toMatchObject([
      {
        code: 'yaml_limit',
        line: 2,
        column: 5 + 4 * 100,
        message: 'the file has more than 100 aliases',
      },
    ]);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const atLimit = `# ${'x'.repeat(YAML_LIMITS.maxChars - 3)}\n`;
    expect(atLimit).toHaveLength(YAML_LIMITS.maxChars);
    expect(parseYaml(atLimit, 'f.yaml').issues).toEqual([]);
    expect(parseYaml(`${atLimit}#`, 'f.yaml').issues).toMatchObject([
      {
        code: 'yaml_limit',
        line: 2,
        column: 1,
        message: 'the file has 1,048,577 characters, more than the limit of 1,048,576 (1 MiB)',
      },
    ]);
  });

  it('gives a complex key as an issue rather than a stringified key', () => {
    expect(parseYaml('a: 1\n? [x, y]\n: 2\n', 'f.yaml').issues).toMatchObject([
      { code: 'yaml_syntax', line: 2, column: 3, message: expect.stringMatching(/complex key/) },
    ]);
  });

  it('finds a key given twice, also in a large map', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`);
    const { issues } = parseYaml(`${keys.join('\n')}\nk7: again\n`, 'f.yaml');
    expect(issues).toMatchObject([
      { line: 20_001, column: 1, message: 'key "k7" appears twice in this map' },
    ]);
  });

  it('reads a 400 KB map and locates its last key', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `key${i}: v`);
    const text = `${keys.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(400_000);
    const { source, issues } = parseYaml(text, 'f.yaml');
    expect(issues).toEqual([]);
    expect(source?.locate(['key39999'])).toEqual({ line: 40_000, column: 11 });
  });

  it('refuses a second document', () => {
    expect(parseYaml('a: 1\n---\nb: 2\n', 'f.yaml').issues).toMatchObject([
      { code: 'yaml_syntax', line: 2, message: 'the file holds more than one YAML document' },
    ]);
  });
});
