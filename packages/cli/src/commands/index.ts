/** Every `casus` command, in the order `casus --help` lists them. */
import type { Command } from '../command.ts';
import { agreementShowCommand } from './agreement-show.ts';
import { agreementsCommand } from './agreements.ts';
import { backtestCommand } from './backtest.ts';
import { basesCommand } from './bases.ts';
import { benchCommand } from './bench.ts';
import { compareCommand } from './compare.ts';
import { dataCommands } from './data.ts';
import { expertsCommand } from './experts.ts';
import { exploreCommand } from './explore.ts';
import { fitCommand } from './fit.ts';
import { libraryCommand } from './library.ts';
import { obligationsCommand } from './obligations.ts';
import { runCommand } from './run.ts';
import { sensitivityCommand } from './sensitivity.ts';
import { serveCommand } from './serve.ts';
import { sofaCompareCommand } from './sofa-compare.ts';
import { sofaDiffCommand } from './sofa-diff.ts';
import { sofaIncidentCommand } from './sofa-incident.ts';
import { stateCommand } from './state.ts';
import { validateCommand } from './validate.ts';

export const commands: Command[] = [
  obligationsCommand,
  runCommand,
  compareCommand,
  exploreCommand,
  sensitivityCommand,
  expertsCommand,
  backtestCommand,
  fitCommand,
  libraryCommand,
  agreementsCommand,
  agreementShowCommand,
  basesCommand,
  sofaIncidentCommand,
  sofaCompareCommand,
  sofaDiffCommand,
  stateCommand,
  validateCommand,
  serveCommand,
  benchCommand,
  ...dataCommands,
];
