/** Download links for the comparison: CSV and JSON of the summary and the per-scenario rows, the self-contained HTML report `casus compare --report` writes, and the print view. */
import { type CompareAnswer, renderCompareReport } from '@casus/core';
import { useEffect, useMemo } from 'react';
import { exportRows, type Names, toCsv, toJson } from './summary.ts';
import type { FittedCalibration } from './use-fitted-calibration.ts';

function useObjectUrl(text: string | undefined, type: string): string | undefined {
  const url = useMemo(
    () => (text === undefined ? undefined : URL.createObjectURL(new Blob([text], { type }))),
    [text, type],
  );
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}

export function ExportLinks({
  result,
  names,
  calibration,
}: {
  result: unknown;
  names: Names;
  calibration: FittedCalibration;
}) {
  const csv = useMemo(() => toCsv(exportRows(result, names)), [result, names]);
  const json = useMemo(() => toJson(result, names), [result, names]);
  // Once the calibration is read (or could not be): the report shows it, or says there is none.
  const ready = calibration.fitted !== undefined || calibration.error !== undefined;
  const html = useMemo(
    () =>
      ready
        ? renderCompareReport(result as CompareAnswer, {
            names,
            calibration: calibration.fitted ?? null,
          })
        : undefined,
    [result, names, ready, calibration.fitted],
  );
  const seed = (result as { seed?: number })?.seed ?? 0;
  const trials = (result as { trials?: number })?.trials ?? 0;
  const base = `casus-compare-${trials}-trials-seed-${seed}`;
  const csvUrl = useObjectUrl(csv, 'text/csv;charset=utf-8');
  const jsonUrl = useObjectUrl(json, 'application/json');
  const htmlUrl = useObjectUrl(html, 'text/html;charset=utf-8');
  return (
    <p className="export-links" data-testid="compare-export">
      Export the summary and every scenario’s rows:{' '}
      <a href={csvUrl} download={`${base}.csv`} data-testid="export-csv">
        CSV
      </a>{' '}
      ·{' '}
      <a href={jsonUrl} download={`${base}.json`} data-testid="export-json">
        JSON
      </a>{' '}
      ·{' '}
      {htmlUrl ? (
        <a
          href={htmlUrl}
          download={`${base}.html`}
          data-testid="export-html"
          title="the report casus compare --report writes: summary, differences, P(entangled) per member, every scenario, coverage; opens offline"
        >
          HTML report
        </a>
      ) : (
        <span data-testid="export-html-pending">HTML report (reading the calibration…)</span>
      )}{' '}
      ·{' '}
      <button type="button" className="link-button" onClick={() => window.print()}>
        Print
      </button>
    </p>
  );
}
