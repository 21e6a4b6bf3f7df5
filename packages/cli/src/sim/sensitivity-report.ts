/** The HTML report of `casus sensitivity --report`: a tornado per architecture as inline SVG, laid out by core's layoutTornado as the workbench's is, and the parameters with their sources. */
import { esc, layoutTornado, PALETTE, type TornadoLayout } from '@casus/core';
import type { OneAtATimeAnswer } from '@casus/runner';

/** A tornado: per parameter, a bar from the point value to the measure at its low (blue) and at its high (orange). */
export function tornadoSvg(l: TornadoLayout, title: string): string {
  const ticks = l.ticks.map(
    (t) =>
      `<line x1="${t.x}" x2="${t.x}" y1="${l.top}" y2="${l.bottom}" stroke="#e4e4e4"/><text x="${t.x}" y="${l.bottom + 14}" font-size="9" text-anchor="middle">${esc(t.label)}</text>`,
  );
  const h = l.rowHeight * 0.7;
  const bar = (from: number, to: number, y: number, fill: string, tip: string) =>
    `<rect x="${Math.min(from, to)}" y="${y - h / 2}" width="${Math.max(0.5, Math.abs(to - from))}" height="${h}" fill="${fill}"><title>${esc(tip)}</title></rect>`;
  const bars = l.bars.map(
    (b) =>
      `<g class="tornado-bar" data-parameter="${esc(b.parameter)}"><text x="${l.left - 6}" y="${b.y + 3}" font-size="10" text-anchor="end">${esc(b.parameter)}</text>${bar(b.x0, b.xLow, b.y, PALETTE[0]!, b.label)}${bar(b.x0, b.xHigh, b.y, PALETTE[1]!, b.label)}</g>`,
  );
  const x0 = l.bars[0]?.x0 ?? l.left;
  return `<figure class="tornado"><figcaption>${esc(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" font-family="sans-serif" role="img" aria-label="${esc(`tornado: ${title}`)}">${ticks.join('')}${bars.join('')}<line x1="${x0}" x2="${x0}" y1="${l.top}" y2="${l.bottom}" stroke="#222"/><text x="${l.left}" y="${l.height - 4}" font-size="10"><tspan fill="${PALETTE[0]}">■</tspan> parameter at its low  <tspan fill="${PALETTE[1]}">■</tspan> at its high  │ the point values</text></svg></figure>`;
}

const fmt = (v: number) => Number(v.toPrecision(4)).toString();

/**
 * The whole report as one HTML string.
 * @example await writeOutputText('tornado.html', renderSensitivityReport(answer))
 */
export function renderSensitivityReport(a: OneAtATimeAnswer): string {
  const charts = a.tornado.map((t) =>
    tornadoSvg(
      layoutTornado(t.rows, t.point.value, { width: 760, left: 190, rowHeight: 18 }),
      `${t.architecture}: ${a.measureTitle}; ${fmt(t.point.value)} at the point values`,
    ),
  );
  const params = a.parameters
    .map(
      (p) =>
        `<tr><td>${esc(p.name)}</td><td>${fmt(p.point)}</td><td>${fmt(p.low)} – ${fmt(p.high)}</td><td>${esc(p.range)}</td><td>${esc(p.source)}</td></tr>`,
    )
    .join('');
  const r = a.model.reliability;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Casus sensitivity</title>
<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}h3{margin-top:2em}</style></head><body>
<h1>Casus: sensitivity, one at a time</h1>
<p>${esc(a.measureTitle)}. ${a.battery.length} scenarios × ${a.architectures.length} architectures; ${a.cost.runs} runs of the battery (the point values, then each of ${a.parameters.length} parameters at its low and its high, the others at their point values), ${a.trials.toLocaleString('en-US')} trials per scenario in each, ${a.cost.trials.toLocaleString('en-US')} trials in all, seed ${a.seed}. Every run drew the same random numbers trial by trial; parameter draws ${esc(a.parameterDraws)}. Reliability model <code>${esc(r.file)}</code> (sha256 ${r.sha256}), ${esc(r.form)}: ${esc(r.formula)}. Library ${a.model.library.sha256}.</p>
${charts.join('\n')}
<h3>Parameters and their ranges</h3>
<p>Fitted coefficients move over β̂ ± ${a.rule.seMultiple}·se; assumed log-odds shifts ± ${a.rule.logit}; assumed probabilities over logistic(logit(p) ± ${a.rule.logit}); assumed slopes, caps, bounds and floors over value × (1 ± ${a.rule.scale}).${a.fixed.length ? ` Not moved (a range of zero width): ${esc(a.fixed.join(', '))}.` : ''}</p>
<table><tr><th>parameter</th><th>point</th><th>range</th><th>why this range</th><th>source</th></tr>${params}</table>
</body></html>`;
}
