/** Which importer loads which dataset. */
import type { DatasetId } from '../datasets.ts';
import { importAtop } from './atop.ts';
import { importCowMidDyads, importGmlMids } from './conflict-dyads.ts';
import { importCowCapitals } from './cow-capitals.ts';
import { importCowContiguity } from './cow-contiguity.ts';
import { importCowMajors } from './cow-majors.ts';
import { importCowMids } from './cow-mids.ts';
import { importCowMindist } from './cow-mindist.ts';
import { importCowNmc, importCowNmc7 } from './cow-nmc.ts';
import { importCowStates } from './cow-states.ts';
import { importCowSystem } from './cow-system.ts';
import { importCowWarInter } from './cow-war-inter.ts';
import { importCowWars } from './cow-wars.ts';
import { importDemocracy } from './democracy.ts';
import type { Importer } from './read-csv.ts';

export const IMPORTERS: Record<DatasetId, Importer> = {
  atop: importAtop,
  'cow-states': importCowStates,
  'cow-system': importCowSystem,
  'cow-majors': importCowMajors,
  'cow-nmc': importCowNmc,
  'cow-nmc7': importCowNmc7,
  'cow-contiguity': importCowContiguity,
  'cow-capitals': importCowCapitals,
  democracy: importDemocracy,
  'cow-wars': importCowWars,
  'cow-mids': importCowMids,
  'cow-war-inter': importCowWarInter,
  'cow-mindist': importCowMindist,
  'cow-mid-dyads': importCowMidDyads,
  'gml-mids': importGmlMids,
};
