/** Opening a self-contained HTML report in Chromium with the network off, and reading its tables back as numbers. */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export interface OfflineReport {
  page: Page;
  /** Every URL the page asked for that is not the report's own file. */
  elsewhere: string[];
  close(): Promise<void>;
}

/** The report at `file`, in a fresh offline context at 1440×900. */
export async function openOffline(browser: Browser, file: string): Promise<OfflineReport> {
  const context = await browser.newContext({
    offline: true,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  const own = pathToFileURL(file).href;
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== own) elsewhere.push(r.url());
  });
  await page.goto(own);
  await page.waitForLoadState('load');
  return { page, elsewhere, close: () => context.close() };
}

export interface TableRow {
  /** The row's data-architecture (or data-state). */
  key: string;
  /** The row heading as shown, and its tooltip (the id). */
  name: string;
  title: string;
  /** Each cell's numbers at full precision, by its data-measure (or column position). */
  cells: Record<string, { value: string; low: string; high: string; modelLow?: string }>;
}

/** The rows of the table `data-testid=testId`. */
export const readTable = (page: Page, testId: string): Promise<TableRow[]> =>
  page.locator(`[data-testid="${testId}"] tbody tr`).evaluateAll((trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => {
      const th = tr.querySelector('th')!;
      const cells: TableRow['cells'] = {};
      tr.querySelectorAll('td[data-value]').forEach((td, i) => {
        const d = (td as HTMLElement).dataset;
        cells[d.measure ?? String(i)] = {
          value: d.value!,
          low: d.low!,
          high: d.high!,
          ...(d.modelLow !== undefined ? { modelLow: d.modelLow } : {}),
        };
      });
      return {
        key: tr.dataset.architecture ?? tr.dataset.state ?? '',
        name: th.textContent ?? '',
        title: th.title,
        cells,
      };
    }),
  );

/** A JSON number as the report's data attributes write it: '' for none (NaN, null). */
export const attr = (x: number | null | undefined): string =>
  typeof x === 'number' && Number.isFinite(x) ? String(x) : '';
