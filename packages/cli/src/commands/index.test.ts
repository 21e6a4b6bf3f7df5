import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';
import { commands } from './index.ts';

describe('the command list', () => {
  // The list names each command and loads its module lazily: a loader pointing at the wrong
  // module or export would only show when a user ran that command.
  it.each(commands.map((c) => c.name))(
    'loads "%s" as the command it names, with --help',
    async (name) => {
      const entry = commands.find((c) => c.name === name);
      const command = await entry?.load();
      expect(command?.name).toBe(name);
      const { code, stdout } = await runCasus([...name.split(' '), '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: casus /);
      expect(stdout).toContain(name);
    },
  );

  it('lists every command with its summary in casus --help', async () => {
    const { code, stdout } = await runCasus(['--help']);
    expect(code).toBe(0);
    for (const c of commands) expect(stdout).toContain(`  ${c.name}`);
    expect(stdout).toContain(commands[0]?.summary);
  });
});
