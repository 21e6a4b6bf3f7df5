/** The report's one stylesheet, for the screen and for print. */
export const REPORT_STYLE = `
:root{color-scheme:light}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;margin:0;background:#fff}
main{max-width:1200px;margin:0 auto;padding:1.5rem 2rem 4rem}
h1{font-size:1.7rem;margin:.2em 0 .4em}
h2{font-size:1.3rem;margin:2.2em 0 .5em;border-bottom:1px solid #ddd;padding-bottom:.2em}
h3{font-size:1.05rem;margin:1.6em 0 .4em}
table{border-collapse:collapse;font-size:13px;margin:.4em 0 1em;width:100%}
th,td{border:1px solid #d6d6d6;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#f3f5f8}
td[data-measure],td[data-value]{font-variant-numeric:tabular-nums;white-space:nowrap}
small.model-range{color:#555}
figure{margin:1em 0 2em}
figcaption{font-weight:600;margin-bottom:.3em}
.series-key{list-style:none;padding:0;margin:0 0 .4em;display:flex;flex-wrap:wrap;gap:.3em 1.2em;font-size:13px}
.swatch{display:inline-block;width:14px;height:14px;margin-right:6px;vertical-align:-2px;border:1px solid #0002}
.chart svg{display:block}
.heat-maps{display:flex;flex-wrap:wrap;gap:1.5em 3em}
.calibrations{display:flex;flex-wrap:wrap;gap:2em}
ul{margin:0;padding-left:1.2em}
code{font-size:.92em}
@page{size:A4;margin:14mm}
@media print{
  body{font-size:10pt}
  main{max-width:none;padding:0}
  h2{break-after:avoid}
  h3{break-after:avoid}
  figure,tr{break-inside:avoid}
  table{font-size:8.5pt}
  th,td{padding:2px 4px}
  thead{display:table-header-group}
  .chart svg{max-height:24cm}
  a{color:inherit;text-decoration:none}
}
`;
