/**
 * Saving what the clerk takes away: the blank template and the before/after report. The clerk
 * picks the place in the save dialog; the file is written atomically and never over a roster
 * file read in this run. A target open in Excel comes back as FILE_TARGET_LOCKED.
 */
import { extname } from 'node:path';
import { computeMetrics } from '../../core/metrics/compute';
import { buildReport } from '../../core/report/build';
import { indexRoster } from '../../core/roster/model';
import type { HostResult, ReportRequest, SavedFile } from '../../preload/contract';
import { TEMPLATE_FILE_NAME, writeTemplate } from '../report/template';
import { writeReport } from '../report/write-report';
import type { HostContext } from './context';
import type { HostState } from './import-handlers';
import { failed, ok } from './results';

export const XLSX_FILTERS = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

export const DEFAULT_REPORT_NAME = '工作群精简报告.xlsx';

/** Characters Windows does not allow in a file name. */
const FORBIDDEN = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);

/**
 * A file name the save dialog can offer: no folders, no characters Windows forbids, not too long,
 * ending in .xlsx. The suggestion comes from the renderer, so it is not trusted to be a name.
 */
export function safeXlsxName(suggested: string, fallback: string): string {
  const cleaned = [...suggested]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' || FORBIDDEN.has(ch) ? '_' : ch))
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  const stem = cleaned.replace(/\.xlsx$/i, '').replace(/[\s.]+$/g, '');
  if (stem === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem)) return fallback;
  return `${stem}.xlsx`;
}

/** Some Linux save dialogs return the name as typed: the workbook is an .xlsx whatever was typed. */
export function withXlsxExtension(path: string): string {
  return extname(path).toLowerCase() === '.xlsx' ? path : `${path}.xlsx`;
}

export async function saveTemplate(
  host: HostContext,
  state: HostState,
): Promise<HostResult<SavedFile | null>> {
  const chosen = await host.dialogs.saveFile({
    title: '保存标准模板',
    defaultName: TEMPLATE_FILE_NAME,
    filters: XLSX_FILTERS,
  });
  if (chosen === null) return ok(null);
  const written = await writeTemplate(withXlsxExtension(chosen), { inputs: [...state.inputs] });
  return written.ok ? ok({ path: written.path }) : failed(written.problem);
}

export async function exportReport(
  host: HostContext,
  state: HostState,
  request: ReportRequest,
): Promise<HostResult<SavedFile | null>> {
  const chosen = await host.dialogs.saveFile({
    title: '导出报告',
    defaultName: safeXlsxName(request.suggestedName, DEFAULT_REPORT_NAME),
    filters: XLSX_FILTERS,
  });
  if (chosen === null) return ok(null);
  const { roster, plan, policy } = request;
  // One index for metrics and report: indexing is a pass over every membership.
  const index = indexRoster(roster);
  const metrics = computeMetrics(roster, plan, policy, index);
  const report = buildReport(
    roster,
    plan,
    policy,
    metrics,
    {
      maskPersonalNumbers: request.maskPersonalNumbers,
      ...(request.preparedBy !== null ? { preparedBy: request.preparedBy } : {}),
    },
    index,
  );
  const written = await writeReport(report, withXlsxExtension(chosen), { inputs: [...state.inputs] });
  if (!written.ok) return failed(written.problem);
  return ok({ path: written.path, warnings: report.problems });
}
