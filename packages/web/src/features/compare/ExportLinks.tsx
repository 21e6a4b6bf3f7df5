/** Download links for the comparison: CSV and JSON of the summary and the per-scenario rows, and the print view. */
import { useEffect, useMemo } from 'react';
import { exportRows, type Names, toCsv, toJson } from './summary.ts';

function useObjectUrl(text: string, type: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type })), [text, type]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

export function ExportLinks({ result, names }: { result: unknown; names: Names }) {
  const csv = useMemo(() => toCsv(exportRows(result, names)), [result, names]);
  const json = useMemo(() => toJson(result, names), [result, names]);
  const seed = (result as { seed?: number })?.seed ?? 0;
  const trials = (result as { trials?: number })?.trials ?? 0;
  const base = `casus-compare-${trials}-trials-seed-${seed}`;
  const csvUrl = useObjectUrl(csv, 'text/csv;charset=utf-8');
  const jsonUrl = useObjectUrl(json, 'application/json');
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
      <button type="button" className="link-button" onClick={() => window.print()}>
        Print
      </button>
    </p>
  );
}
