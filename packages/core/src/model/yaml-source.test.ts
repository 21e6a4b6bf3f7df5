import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-source.ts';

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

  it('turns an alias to no anchor into an issue', () => {
    expect(parseYaml('a: *nothing\n', 'f.yaml').issues[0]?.code).toBe('yaml_syntax');
  });

  it('says so in words when the YAML nests too deeply to read', () => {
    const deep = `a:\n${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i + 1)}b:`).join('\n')}\n`;
    const { issues } = parseYaml(deep, 'deep.yaml');
    expect(issues[0]?.message).toBe('the YAML is nested too deeply to read');
  });
});
