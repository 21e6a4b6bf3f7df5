/** Every `casus` command, in the order `casus --help` lists them. */
import type { Command } from '../command.ts';
import { validateCommand } from './validate.ts';

export const commands: Command[] = [validateCommand];
