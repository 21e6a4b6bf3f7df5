import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDatasets } from '@casus/data';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
} from '@casus/data/testing/shared-data';
import { DOMParser } from '@xmldom/xmldom';
import { UndirectedGraph } from 'graphology';
import gexfModule from 'graphology-gexf';
import graphmlModule from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

const gexf = gexfModule as unknown as { parse: typeof gexfModule.parse };
const graphml = graphmlModule as unknown as { parse: typeof graphmlModule.parse };

interface Exported {
  nodes: { key: string; attributes: { ccode: number; degree: number } }[];
  edges: { source: string; target: string }[];
}

const suite = `casus network on ATOP 5.1 and states2016${needsSharedData}`;
describe.skipIf(!sharedDataAvailable)(suite, () => {
  const dir = mkdtempSync(join(tmpdir(), 'casus-network-real-'));
  const db = join(dir, 'casus.duckdb');
  beforeAll(async () => {
    await importDatasets({ dir: sharedDataDir, dbPath: db, only: ['atop', 'cow-states'] });
  }, 120_000);
  const casus = (args: string[]) => runCasus(['network', ...args, '--db', db]);
  const exported = async (year: number, file: string) => {
    const out = join(dir, file);
    const run = await casus(['--year', String(year), '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    return out;
  };
  const pairsOf = (g: UndirectedGraph) =>
    g.mapEdges((_, __, s, t) => [s, t].sort().join('-')).sort();

  it('links every pair of NATO’s twelve founders by defence in 1950', async () => {
    const json = JSON.parse(readFileSync(await exported(1950, 'nato.json'), 'utf8')) as Exported;
    const edges = new Set(json.edges.map((e) => [e.source, e.target].sort().join('-')));
    const founders = [2, 20, 200, 210, 211, 212, 220, 235, 325, 385, 390, 395].map(String);
    const missing = founders.flatMap((a, i) =>
      founders
        .slice(i + 1)
        .filter((b) => !edges.has([a, b].sort().join('-')))
        .map((b) => `${a}-${b}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives the United States in 1960 the degree casus dyads counts from its atop_defense column', async () => {
    const csv = join(dir, 'dyads-1960.csv');
    const dyads = await runCasus([
      'dyads',
      '--years',
      '1960',
      '--with',
      'atop',
      '--out',
      csv,
      '--db',
      db,
    ]);
    expect(dyads.code, dyads.stderr).toBe(0);
    const [header, ...rows] = readFileSync(csv, 'utf8').trimEnd().split('\n');
    const col = header!.split(',').indexOf('atop_defense');
    const partners = rows
      .map((r) => r.split(','))
      .filter((r) => (r[0] === '2' || r[1] === '2') && r[col] === '1').length;
    const run = await casus(['--year', '1960', '--json']);
    const usa = JSON.parse(run.stdout).years[0].states.find(
      (s: { ccode: number }) => s.ccode === 2,
    );
    expect(partners).toBeGreaterThan(30);
    expect(usa.degree).toBe(partners);
  });

  it('writes GraphML and GEXF that parse back to the same states and ties, with the measures', async () => {
    const json = JSON.parse(readFileSync(await exported(1980, 'n.json'), 'utf8')) as Exported;
    const fromJson = UndirectedGraph.from(json as never);
    for (const [file, parse] of [
      ['n.graphml', graphml.parse],
      ['n.gexf', gexf.parse],
    ] as const) {
      const g = parse(UndirectedGraph, readFileSync(await exported(1980, file), 'utf8'));
      expect(g.order).toBe(fromJson.order);
      expect(pairsOf(g as UndirectedGraph)).toEqual(pairsOf(fromJson));
      expect(Number(g.getNodeAttribute('2', 'degree'))).toBe(
        fromJson.getNodeAttribute('2', 'degree'),
      );
    }
  });

  it('answers a span year by year, and the same seed gives the same communities', async () => {
    const run = await casus(['--years', '1946-1950', '--json']);
    const years = JSON.parse(run.stdout).years as { year: number; edges: number }[];
    expect(years.map((y) => y.year)).toEqual([1946, 1947, 1948, 1949, 1950]);
    expect((await casus(['--years', '1946-1950'])).stdout).toContain('HOW THE NETWORK CHANGED');
    const a = await casus(['--year', '1970', '--seed', '7', '--json']);
    const b = await casus(['--year', '1970', '--seed', '7', '--json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('charts a span as SVG: a panel per measure, a point per year at the JSON’s value, the year axis from the first year to the last', async () => {
    const file = join(dir, 'chart.svg');
    const run = await casus(['--years', '1946-1991', '--chart', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const years = JSON.parse(run.stdout).years as Record<string, number>[];
    const svg = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'image/svg+xml');
    const all = (tag: string) => Array.from(svg.getElementsByTagName(tag));
    expect(all('title')[0]?.textContent).toBe(
      'Alliance network, defence pledges, every region, 1946–1991',
    );
    const axis = all('g').find((g) => g.getAttribute('class') === 'x-axis')!;
    expect([axis.getAttribute('data-from'), axis.getAttribute('data-to')]).toEqual([
      '1946',
      '1991',
    ]);
    const [axisLine] = Array.from(axis.getElementsByTagName('line'));
    const panels = all('g').filter((g) => g.getAttribute('class') === 'panel');
    expect(panels.map((g) => g.getAttribute('data-measure'))).toEqual([
      'nodes',
      'edges',
      'density',
      'communities',
      'modularity',
      'meanClustering',
    ]);
    for (const g of panels) {
      const key = g.getAttribute('data-measure')!;
      const points = Array.from(g.getElementsByTagName('circle'));
      expect(points.map((p) => Number(p.getAttribute('data-year')))).toEqual(
        years.map((y) => y.year),
      );
      expect(points.map((p) => Number(p.getAttribute('data-value')))).toEqual(
        years.map((y) => y[key]),
      );
      expect(points[0]!.getAttribute('cx')).toBe(axisLine!.getAttribute('x1'));
      expect(points.at(-1)!.getAttribute('cx')).toBe(axisLine!.getAttribute('x2'));
    }
    const caption = all('g').find((g) => g.getAttribute('class') === 'caption')!.textContent;
    expect(caption).toContain('atop 5.1 (atop/atop5_1ddyr.csv), cow-states 2016');
    expect(caption).toContain('Louvain seed 1');
  });

  it('breaks the caption between words inside the chart, the assumption whole', async () => {
    const file = join(dir, 'carried.svg');
    const run = await casus([
      '--years',
      '2015-2018',
      '--carry-system-to',
      '2018',
      '--chart',
      file,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [assumption] = JSON.parse(run.stdout).assumptions as string[];
    const svg = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'image/svg+xml');
    const caption = Array.from(svg.getElementsByTagName('g')).find(
      (g) => g.getAttribute('class') === 'caption',
    )!;
    const lines = Array.from(caption.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    // 135 characters of 10-pixel text fit between the margins of the 900-pixel chart.
    for (const text of lines) expect(text.length).toBeLessThanOrEqual(135);
    expect(lines.join(' ')).toContain(`assumption: ${assumption}`);
  });

  it('refuses a chart without --years, or to a file that is not .svg or cannot be written', async () => {
    const one = await casus(['--year', '1950', '--chart', join(dir, 'one.svg')]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('--years A-B with --chart');
    const png = await casus(['--years', '1950-1951', '--chart', join(dir, 'c.png')]);
    expect(png.code).toBe(1);
    expect(png.stderr).toContain('a file ending in .svg');
    const nowhere = await casus(['--years', '1950-1951', '--chart', join(dir, 'no', 'c.svg')]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('cannot write');
  });

  it('carries the 2016 members to 2018 only when asked, with ATOP 2018’s defence ties and the assumption stated', async () => {
    const refused = await casus(['--year', '2017']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('add --carry-system-to 2018');
    const file = join(dir, 'n2018.json');
    const run = await casus([
      '--year',
      '2018',
      '--carry-system-to',
      '2018',
      '--out',
      file,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.assumptions).toHaveLength(1);
    expect(answer.assumptions[0]).toContain(
      '195 members of the COW state system on its last day, 2016-12-31',
    );
    expect(answer.assumptions[0]).toContain('mry = TRUE');
    const members2016 = JSON.parse((await casus(['--year', '2016', '--json'])).stdout)
      .years[0].states.map((s: { ccode: number }) => s.ccode)
      .sort((a: number, b: number) => a - b);
    const states = answer.years[0].states.map((s: { ccode: number }) => s.ccode);
    expect(states.sort((a: number, b: number) => a - b)).toEqual(members2016);
    const member = new Set(members2016.map(String));
    const [head, ...rows] = readFileSync(join(sharedDataDir, 'atop', 'atop5_1ddyr.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    const at = (name: string) => head!.split(',').indexOf(name);
    const [year, defense, a, b] = ['year', 'defense', 'stateA', 'stateB'].map(at);
    const atop2018 = new Set(
      rows
        .map((r) => r.split(','))
        .filter((r) => r[year!] === '2018' && r[defense!] === '1' && r[a!] !== r[b!])
        .filter((r) => member.has(r[a!]!) && member.has(r[b!]!))
        .map((r) => [r[a!], r[b!]].sort().join('-')),
    );
    const edges = (JSON.parse(readFileSync(file, 'utf8')) as Exported).edges.map((e) =>
      [e.source, e.target].sort().join('-'),
    );
    expect(atop2018.size).toBeGreaterThan(1000);
    expect(edges.sort()).toEqual([...atop2018].sort());
  });

  it('answers a year with no tie of the type (no offence pledge in 2000) with no edge', async () => {
    const run = await casus(['--year', '2000', '--type', 'offense', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).years[0]).toMatchObject({ edges: 0, communities: 0 });
  });

  it('refuses a year outside the data, an unknown region, and a file it cannot tell the format of', async () => {
    const early = await casus(['--year', '1700']);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('1816-2016');
    const region = await casus(['--year', '1950', '--region', 'atlantis']);
    expect(region.code).toBe(1);
    expect(region.stderr).toContain('europe');
    const file = await casus(['--year', '1950', '--out', join(dir, 'n.txt')]);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('.graphml, .gexf or .json');
    expect((await casus(['--year', '1950', '--years', '1950-1951'])).code).not.toBe(0);
  });
});
