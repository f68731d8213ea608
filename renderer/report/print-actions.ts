/**
 * 打印 / 另存为 PDF / 导出报告 from the report page or the menu. The host prints the window's
 * page, so the report screen must be showing (and drawn) first: a command from another screen
 * switches to it and waits for the preview to mark itself ready.
 */
import { pdfFileName } from '../../core/report/print-model';
import type { Settings } from '../store/state';
import { exportReport, hostCall } from '../store/host';
import type { WorkspaceStore } from '../store/store';
import { getReportChoices } from './options';

/** The preview sets this attribute once its content is drawn. */
export const READY_ATTRIBUTE = 'data-report-ready';

/** 制表人 as 导出报告 writes it: "单位 姓名", or null for a handwritten name. */
export const preparedByOf = (settings: Settings): string | null =>
  [settings.clerkUnit.trim(), settings.clerkName.trim()].filter(Boolean).join(' ') || null;

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Waits (up to `timeoutMs`) for the drawn preview, then for one more painted frame. */
export async function whenPreviewReady(timeoutMs = 10_000): Promise<boolean> {
  const start = performance.now();
  while (document.querySelector(`[${READY_ATTRIBUTE}="true"]`) === null) {
    if (performance.now() - start > timeoutMs) return false;
    await nextFrame();
  }
  await nextFrame();
  await nextFrame();
  return true;
}

async function onReportScreen(store: WorkspaceStore): Promise<boolean> {
  if (!store.getSnapshot().open) {
    store.showAppError('NO_OPEN_PLAN');
    return false;
  }
  if (store.getSnapshot().screen !== 'report') store.setScreen('report');
  if (await whenPreviewReady()) return true;
  store.toast('error', '报告预览尚未准备好，请稍后再试。');
  return false;
}

/** 打印…: the system print dialog for the report. */
export async function printReportPage(store: WorkspaceStore): Promise<void> {
  if (!(await onReportScreen(store))) return;
  const printed = await hostCall(store, (api) => api.printReport());
  if (printed) store.toast('success', '已发送到打印机。');
}

/** 另存为 PDF…: the report as a PDF file where the clerk chooses. */
export async function saveReportPdfPage(store: WorkspaceStore): Promise<void> {
  if (!(await onReportScreen(store))) return;
  const open = store.getSnapshot().open;
  if (!open) return;
  const name = pdfFileName(open.rosterName, open.planName, open.plan.asOf);
  const saved = await store.busy('正在生成 PDF…', () => hostCall(store, (api) => api.saveReportPdf(name)));
  if (saved) store.toast('success', `PDF 已保存：${saved.path}`);
}

/** 导出报告… with the page's masking choice. */
export function exportReportPage(store: WorkspaceStore): Promise<void> {
  return exportReport(store, { maskPersonalNumbers: getReportChoices().maskPersonalNumbers });
}
