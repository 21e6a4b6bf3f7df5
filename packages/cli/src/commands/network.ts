/** `casus network`: the alliance network of a year, or how it changed over years (DESIGN question 6). */
import { HOME_REGIONS, stateByCcode } from '@casus/core';
import { NETWORK_TIES } from '@casus/core/network';
import { readAllianceNetworks, writeOutputText } from '@casus/data';
import { parseChoice, parseFlags } from '../args.ts';
import { type Command, EXIT, flagError, UsageError } from '../command.ts';
import { type NetworkAnswer, renderNetwork } from '../network/answer.ts';
import { CARRY_FLAG, carryAssumption, parseCarry } from '../network/carry-flag.ts';
import { networkChart } from '../network/chart.ts';
import { graphFormatOf, graphText } from '../network/graph-files.ts';
import { assertWritable } from '../output-file.ts';
import { openPortfolioStore } from '../portfolio-store.ts';

const usage = `Usage: casus network (--year Y | --years A-B) [--type defense|offense|neutral|nonagg|consul|any] [--region R] [--seed N] [--carry-system-to 2018] [--out FILE.graphml|.gexf|.json] [--chart FILE.svg] [--db FILE] [--json]

The alliance network of a year: the COW system members, an edge between two that share an ATOP
commitment of the type, and each state's degree, betweenness, eigenvector centrality, local
clustering and Louvain community; over years, each year's size, density, communities,
modularity and mean clustering, and how they moved.
  --year Y      one year (1816-2016: the COW state system within ATOP 5.1; to 2018 with
                --carry-system-to)
  --years A-B   every year from A to B, e.g. 1946-2016
  --type T      defense (default), offense, neutral, nonagg, consul, or any alliance
  --region R    only the members of one home region by the COW numbering: ${HOME_REGIONS.join(', ')}
  --seed N      the Louvain seed (default 1): the same seed, the same communities
  --carry-system-to Y
                take the members of the COW system's last day (2016-12-31) to stay members
                through Y (at most 2018, ATOP 5.1's last year), as peacesciencer's mry = TRUE
                does; an assumption the answer states. Without it, years after 2016 are refused
  --out FILE    with --year: the network with every measure as GraphML, GEXF or JSON (graphology's)
  --chart FILE  with --years: an SVG of states, ties, density, communities, modularity and mean
                clustering, one panel each over a shared year axis, the data and seed beneath
  --db FILE     the research-data store (default: the one casus data import writes)
  --json        the answer as JSON
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

function parseSpan(year: string | undefined, years: string | undefined) {
  if ((year === undefined) === (years === undefined))
    throw new UsageError('give --year Y for one year or --years A-B for a span, not both');
  const text = (year ?? years)!.trim();
  const m = year !== undefined ? /^(\d{4})$/.exec(text) : /^(\d{4})-(\d{4})$/.exec(text);
  const flag = year !== undefined ? '--year' : '--years';
  if (!m)
    throw flagError(
      flag,
      `"${text}" is not ${year !== undefined ? 'a year' : 'a span of years'}`,
      year !== undefined ? 'a four-digit year, e.g. 1960' : 'two years, e.g. 1946-2016',
    );
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (to < from)
    throw flagError(flag, `${text} ends before it begins`, 'the first year, then the last');
  return { from, to, flag };
}

const label = (ccode: number) => stateByCcode(ccode)?.iso3 ?? String(ccode);

export const networkCommand: Command = {
  name: 'network',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        year: { type: 'string' },
        years: { type: 'string' },
        type: { type: 'string' },
        region: { type: 'string' },
        seed: { type: 'string' },
        'carry-system-to': { type: 'string' },
        out: { type: 'string' },
        chart: { type: 'string' },
        db: { type: 'string' },
      },
      0,
    );
    const { from, to, flag } = parseSpan(values.year, values.years);
    const tie = parseChoice('--type', values.type, NETWORK_TIES) ?? 'defense';
    const region = parseChoice('--region', values.region, HOME_REGIONS);
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isSafeInteger(seed) || seed < 0)
      throw flagError('--seed', `"${values.seed}" is not a seed`, 'a whole number ≥ 0, e.g. 7');
    const format = values.out === undefined ? undefined : graphFormatOf(values.out);
    if (values.out !== undefined) {
      if (from !== to)
        throw flagError('--out', 'a file holds one year’s network', '--year Y with --out');
      if (!format)
        throw flagError(
          '--out',
          `cannot tell the format of ${values.out}`,
          'a file ending in .graphml, .gexf or .json',
        );
      assertWritable(values.out, '--out');
    }
    if (values.chart !== undefined) {
      if (values.years === undefined)
        throw flagError(
          '--chart',
          'a chart draws the measures over years',
          '--years A-B with --chart',
        );
      if (!/\.svg$/i.test(values.chart))
        throw flagError('--chart', `${values.chart} is not an SVG file`, 'a file ending in .svg');
      assertWritable(values.chart, '--chart');
    }
    const carryTo = parseCarry(values['carry-system-to']);
    const store = await openPortfolioStore(values.db, from, to, flag, {
      flag: CARRY_FLAG,
      to: carryTo,
    });
    try {
      const c = store.connection;
      const assumptions = carryTo === undefined ? [] : [await carryAssumption(c, carryTo)];
      const networks = await readAllianceNetworks(c, {
        from,
        to,
        tie,
        region,
        seed,
        label,
        carryTo,
      });
      if (values.out !== undefined && format) {
        const { graph, measures } = networks.years[0]!;
        for (const n of measures.nodes) graph.mergeNodeAttributes(String(n.ccode), { ...n });
        await writeOutputText(values.out, graphText(graph, format));
      }
      const { years, ...rest } = networks;
      const answer: NetworkAnswer = {
        command: ['casus network', ...argv].join(' '),
        ...rest,
        assumptions,
        years: years.map(({ measures: m }) =>
          from === to ? { ...m.summary, states: m.nodes } : m.summary,
        ),
      };
      if (values.chart !== undefined) await writeOutputText(values.chart, networkChart(answer));
      io.stdout(values.json ? JSON.stringify(answer, null, 2) : renderNetwork(answer, label));
      for (const file of [values.out, values.chart])
        if (file !== undefined && !values.json) io.stdout(`wrote ${file}`);
      return EXIT.ok;
    } finally {
      store.close();
    }
  },
};
