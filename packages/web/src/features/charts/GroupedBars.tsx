/** A grouped bar chart, horizontal: one band per scenario, one bar per architecture, whiskers where intervals exist. */
import { BarWithInterval } from './BarWithInterval.tsx';
import { formatTick, linear, niceMax, ticks } from './scale.ts';

export interface BarDatum {
  group: string;
  series: string;
  value: number;
  lo?: number | undefined;
  hi?: number | undefined;
  /** The model interval, drawn as a pale band behind the Monte Carlo whisker. */
  modelLo?: number | undefined;
  modelHi?: number | undefined;
}

export function GroupedBars(props: {
  title: string;
  unit: string;
  data: readonly BarDatum[];
  series: readonly string[];
  groupLabel?: (g: string) => string;
  /** A series' name for the legend and tooltips (the series id goes in the tooltip). */
  seriesLabel?: (s: string) => string;
  testId?: string;
}) {
  const groups = [...new Set(props.data.map((d) => d.group))];
  const max = niceMax(Math.max(0, ...props.data.map((d) => d.modelHi ?? d.hi ?? d.value)));
  const [W, left, right, top, barH, gap, lineH] = [640, 250, 16, 22, 10, 12, 14];
  const labels = new Map(groups.map((g) => [g, wrap(props.groupLabel?.(g) ?? g, 36)]));
  const most = Math.max(1, ...[...labels.values()].map((l) => l.length));
  const bandH = Math.max(barH * props.series.length + gap, most * lineH + 6);
  const H = top + groups.length * bandH + 4;
  /** The name, and the id where it differs (for tooltips). */
  const seriesName = (s: string) => {
    const name = props.seriesLabel?.(s) ?? s;
    return name === s ? s : `${name} (${s})`;
  };
  const x = linear(max, left, W - right);
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption>
        <strong>{props.title}</strong> <small>({props.unit})</small>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${props.title}, by scenario and architecture`}
      >
        {ticks(max).map((t) => (
          <g key={t}>
            <line className="gridline" x1={x(t)} x2={x(t)} y1={top - 4} y2={H - 4} />
            <text x={x(t)} y={top - 8} textAnchor="middle">
              {formatTick(t)}
            </text>
          </g>
        ))}
        <line className="axis" x1={x(0)} x2={x(0)} y1={top - 4} y2={H - 4} />
        {groups.map((g, gi) => {
          const y0 = top + gi * bandH;
          const label = props.groupLabel?.(g) ?? g;
          const lines = labels.get(g)!;
          const barsH = barH * props.series.length;
          const first = y0 + barsH / 2 + 4 - ((lines.length - 1) * lineH) / 2;
          return (
            <g key={g} className="group">
              <text x={left - 8} y={first} textAnchor="end" className="group-label">
                {lines.map((l, i) => (
                  <tspan key={l} x={left - 8} dy={i === 0 ? 0 : lineH}>
                    {l}
                  </tspan>
                ))}
                <title>{label === g ? g : `${label} (${g})`}</title>
              </text>
              {props.series.map((s, si) => {
                const d = props.data.find((v) => v.group === g && v.series === s);
                if (!d) return null;
                return (
                  <BarWithInterval
                    key={s}
                    orientation="horizontal"
                    pos={y0 + si * barH}
                    thickness={barH - 1}
                    base={x(0)}
                    at={x(d.value)}
                    lo={d.lo === undefined ? undefined : x(d.lo)}
                    hi={d.hi === undefined ? undefined : x(d.hi)}
                    modelLo={d.modelLo === undefined ? undefined : x(d.modelLo)}
                    modelHi={d.modelHi === undefined ? undefined : x(d.modelHi)}
                    className={`series-${si % 6}`}
                    label={`${label} · ${seriesName(s)}: ${formatTick(d.value)}${d.lo !== undefined ? ` (95% interval ${formatTick(d.lo)}–${formatTick(d.hi ?? d.value)})` : ''}${d.modelLo !== undefined ? `, model interval ${formatTick(d.modelLo)}–${formatTick(d.modelHi ?? d.value)}` : ''}`}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      <SeriesKey series={props.series} label={props.seriesLabel} />
    </figure>
  );
}

/** Words in lines of at most `width` characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

export function SeriesKey({
  series,
  label,
}: {
  series: readonly string[];
  label?: ((s: string) => string) | undefined;
}) {
  return (
    <ul className="legend series-key">
      {series.map((s, i) => (
        <li key={s} title={s}>
          <svg width="14" height="12" aria-hidden="true">
            <rect width="14" height="12" className={`series-${i % 6}`} />
          </svg>
          {label?.(s) ?? s}
        </li>
      ))}
    </ul>
  );
}
