/** Catalog entries for the tables peacesciencer derives from other datasets: minimum distances, dyadic MIDs and GML's MID participants. */
import type { Dataset } from './datasets.ts';

const MID5 =
  'Palmer, Glenn, et al. 2022. "The MID5 Dataset, 2011-2014: Procedures, Coding Rules, and Description." Conflict Management and Peace Science 39(4): 470-482. (COW MID 5.0)';
const GML =
  'Gibler, Douglas M., Steven V. Miller, and Erin K. Little. 2016. "An Analysis of the Militarized Interstate Dispute (MID) Dataset, 1816-2001." International Studies Quarterly 60(4): 719-730. (GML MID 2.2.1)';
/** The columns of a directed dispute-year the importers read by name. */
const DIRECTED_DISPUTE_YEAR = {
  dispnum: 'INTEGER',
  ccode1: 'INTEGER',
  ccode2: 'INTEGER',
  year: 'INTEGER',
  sidea1: 'INTEGER',
  sidea2: 'INTEGER',
  orig1: 'INTEGER',
  orig2: 'INTEGER',
} as const;
const PEACESCIENCER =
  'Miller, Steven V. 2022. "peacesciencer: An R Package for Quantitative Peace Science Research." Conflict Management and Peace Science 39(6): 755-779.';

export const PEACESCIENCER_DATASETS: readonly Dataset[] = [
  {
    id: 'cow-mindist',
    name: 'Minimum distance between COW states, CShapes 2.0 borders (peacesciencer cow_mindist)',
    version: 'peacesciencer 1.2.9',
    citation: `Schvitz, Guy, et al. 2022. "Mapping the International System, 1886-2017: The CShapes 2.0 Dataset." Journal of Conflict Resolution 66(1): 144-161; ${PEACESCIENCER}`,
    tables: ['cow_mindist'],
    files: [
      {
        path: 'peacesciencer/cow_mindist.csv.gz',
        sha256: 'be80376fb4ad71f70aa895a131d9c4399bcf6a1b4a18ede1bb2a339d0254c80b',
        bytes: 10_685_546,
        rows: 952_244,
        columns: { ccode1: 'INTEGER', ccode2: 'INTEGER', year: 'INTEGER', mindist: 'DOUBLE' },
      },
    ],
  },
  {
    id: 'cow-mid-dyads',
    name: 'COW MID 5.0 as directed dispute-years, whittled to dyad-years (peacesciencer cow_mid_dirdisps, cow_mid_disps)',
    version: '5.0 (peacesciencer 1.2.9)',
    citation: `${MID5}; ${PEACESCIENCER}`,
    tables: ['cow_mid_ddydisps'],
    files: [
      {
        path: 'peacesciencer/cow_mid_dirdisps.csv',
        sha256: '4bffd4621824fd0c7e6e6cf48b25aaebfc86a4687736984787f557d29cb6b70a',
        bytes: 545_181,
        rows: 11_390,
        columns: { ...DIRECTED_DISPUTE_YEAR, dispongoing: 'INTEGER', disponset: 'INTEGER' },
      },
      {
        path: 'peacesciencer/cow_mid_disps.csv',
        sha256: 'b5c74f78355e9b1eab7e565e77528397bb93e3e7419c7cec2b4d8e2f701e2dcb',
        bytes: 75_701,
        rows: 2_436,
        columns: {
          dispnum: 'INTEGER',
          stmon: 'INTEGER',
          fatality: 'INTEGER',
          mindur: 'INTEGER',
          maxdur: 'INTEGER',
          hostlev: 'INTEGER',
          recip: 'INTEGER',
        },
      },
    ],
  },
  {
    id: 'gml-mids',
    name: 'GML MID 2.2.1 as directed dispute-years, whittled to dyad-years (peacesciencer gml_dirdisp), and its participants (gml_part)',
    version: '2.2.1 (peacesciencer 1.2.9)',
    citation: `${GML}; ${PEACESCIENCER}`,
    tables: ['gml_mid_ddydisps', 'gml_part'],
    files: [
      {
        path: 'peacesciencer/gml_dirdisp.csv',
        sha256: '57d660081432efabdb438e0194db69128f6198a9f8aa2c14dccfbe4e79f93597',
        bytes: 1_113_696,
        rows: 10_276,
        columns: {
          ...DIRECTED_DISPUTE_YEAR,
          midongoing: 'INTEGER',
          midonset: 'INTEGER',
          fatality: 'INTEGER',
          hostlev: 'INTEGER',
          mindur: 'INTEGER',
          maxdur: 'INTEGER',
          recip: 'INTEGER',
          stmon: 'INTEGER',
        },
      },
      {
        path: 'peacesciencer/gml_part.csv',
        sha256: '349d646b1e502b7bce1f564aec930a9f17d7eab273110e384ca892ce2787c1c5',
        bytes: 364_442,
        rows: 5_217,
        columns: {
          dispnum: 'INTEGER',
          ccode: 'INTEGER',
          styear: 'INTEGER',
          endyear: 'INTEGER',
          sidea: 'INTEGER',
          orig: 'INTEGER',
          allmiss_leader_start: 'INTEGER',
          allmiss_leader_end: 'INTEGER',
        },
      },
    ],
  },
];
