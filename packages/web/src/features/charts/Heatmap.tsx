/** A heat map of counts: rows × columns, darker for more, with the count written in each cell. */

export function Heatmap(props: {
  title: string;
  rows: readonly string[];
  cols: readonly string[];
  value: (row: string, col: string) => number;
  detail?: (row: string, col: string) => string;
  rowTitle: string;
  colTitle: string;
  testId?: string;
}) {
  const cell = 30;
  const [left, top] = [60, 64];
  const max = Math.max(1, ...props.rows.flatMap((r) => props.cols.map((c) => props.value(r, c))));
  const W = left + props.cols.length * cell + 8;
  const H = top + props.rows.length * cell + 8;
  return (
    <figure className="chart heat" data-testid={props.testId}>
      <figcaption>
        <strong>{props.title}</strong>{' '}
        <small>
          (rows: {props.rowTitle}; columns: {props.colTitle})
        </small>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={props.title}
        style={{ maxWidth: `${W * 1.3}px` }}
      >
        {props.cols.map((c, ci) => (
          <text
            key={c}
            transform={`translate(${left + ci * cell + cell / 2 + 4},${top - 6}) rotate(-50)`}
          >
            {c}
          </text>
        ))}
        {props.rows.map((r, ri) => (
          <g key={r}>
            <text x={left - 6} y={top + ri * cell + cell / 2 + 4} textAnchor="end">
              {r}
            </text>
            {props.cols.map((c, ci) => {
              const v = props.value(r, c);
              const t = v / max;
              return (
                <g key={c}>
                  <rect
                    x={left + ci * cell}
                    y={top + ri * cell}
                    width={cell - 2}
                    height={cell - 2}
                    fill={v === 0 ? '#f3f4f6' : `rgba(0, 114, 178, ${0.18 + 0.82 * t})`}
                  >
                    <title>{`${r} → ${c}: ${v}${props.detail ? ` — ${props.detail(r, c)}` : ''}`}</title>
                  </rect>
                  {v > 0 && (
                    <text
                      className="value"
                      x={left + ci * cell + (cell - 2) / 2}
                      y={top + ri * cell + cell / 2 + 3}
                      textAnchor="middle"
                      fill={t > 0.5 ? '#fff' : '#1d232a'}
                      style={{ fill: t > 0.5 ? '#fff' : '#1d232a' }}
                    >
                      {v}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </figure>
  );
}
