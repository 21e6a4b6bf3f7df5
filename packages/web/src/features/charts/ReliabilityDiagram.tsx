/** A reliability diagram: each decile of the out-of-sample forecasts a dot (area ∝ its cases) with its 95% whisker, over the diagonal of perfect calibration; laid out by core's layoutCalibration, as the HTML report is. */
import { type CalibrationChart, layoutCalibration } from '@casus/core';

export function ReliabilityDiagram({
  chart,
  testId,
}: {
  chart: CalibrationChart;
  testId?: string;
}) {
  const l = layoutCalibration(chart, 300);
  return (
    <figure className="chart calibration" data-testid={testId} data-points={l.points.length}>
      <figcaption>
        <strong>{chart.title}</strong>
      </figcaption>
      <svg
        viewBox={`0 0 ${l.width} ${l.height}`}
        role="img"
        aria-label={`reliability diagram: ${chart.title}`}
      >
        {l.ticks.map((t) => (
          <g key={t.value}>
            <line className="gridline" x1={t.x} x2={t.x} y1={l.top} y2={l.bottom} />
            <line className="gridline" x1={l.left} x2={l.right} y1={t.y} y2={t.y} />
            <text x={t.x} y={l.bottom + 14} textAnchor="middle">
              {t.label}
            </text>
            <text x={l.left - 6} y={t.y + 4} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        <line className="axis diagonal" x1={l.left} y1={l.bottom} x2={l.right} y2={l.top} />
        {l.points.map((p) => (
          <g key={`${p.x}-${p.n}`} className="decile" data-n={p.n}>
            <line className="whisker" x1={p.cx} x2={p.cx} y1={p.y1} y2={p.y2} />
            <circle className="series-0" cx={p.cx} cy={p.cy} r={p.r}>
              <title>{p.label}</title>
            </circle>
          </g>
        ))}
        <text x={(l.left + l.right) / 2} y={l.height - 4} textAnchor="middle">
          mean forecast
        </text>
        <text transform={`translate(11,${(l.top + l.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          observed share honoured
        </text>
      </svg>
    </figure>
  );
}
