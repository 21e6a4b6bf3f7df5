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
  testId?: string;
}) {
  const groups = [...new Set(props.data.map((d) => d.group))];
  const max = niceMax(Math.max(0, ...props.data.map((d) => d.modelHi ?? d.hi ?? d.value)));
  const [W, left, right, top, barH, gap] = [640, 250, 16, 22, 7, 9];
  const bandH = barH * props.series.length + gap;
  const H = top + groups.length * bandH + 4;
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
          return (
            <g key={g}>
              <text x={left - 8} y={y0 + (bandH - gap) / 2 + 4} textAnchor="end">
                {label.length > 38 ? `${label.slice(0, 37)}…` : label}
                <title>{label}</title>
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
                    label={`${label} · ${s}: ${formatTick(d.value)}${d.lo !== undefined ? ` (95% interval ${formatTick(d.lo)}–${formatTick(d.hi ?? d.value)})` : ''}${d.modelLo !== undefined ? `, model interval ${formatTick(d.modelLo)}–${formatTick(d.modelHi ?? d.value)}` : ''}`}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      <SeriesKey series={props.series} />
    </figure>
  );
}

export function SeriesKey({ series }: { series: readonly string[] }) {
  return (
    <ul className="legend series-key">
      {series.map((s, i) => (
        <li key={s}>
          <svg width="14" height="12" aria-hidden="true">
            <rect width="14" height="12" className={`series-${i % 6}`} />
          </svg>
          {s}
        </li>
      ))}
    </ul>
  );
}
