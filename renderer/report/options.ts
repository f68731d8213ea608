/**
 * The report page's two choices, kept for the session (not the database): whether the 处置清单
 * is printed, and whether 导出报告 masks phone and ID numbers. A small external store, so the
 * menu's 打印… from another screen prints what the page last showed.
 */
import { useSyncExternalStore } from 'react';

export interface ReportChoices {
  /** Print the 处置清单 as a landscape section after the signed part. */
  includeActions: boolean;
  /** 导出报告: phone and ID numbers as 138****1234. */
  maskPersonalNumbers: boolean;
}

export const DEFAULT_REPORT_CHOICES: ReportChoices = { includeActions: false, maskPersonalNumbers: false };

let current: ReportChoices = DEFAULT_REPORT_CHOICES;
const listeners = new Set<() => void>();

export function getReportChoices(): ReportChoices {
  return current;
}

export function setReportChoices(fields: Partial<ReportChoices>): void {
  current = { ...current, ...fields };
  for (const l of [...listeners]) l();
}

export function subscribeReportChoices(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useReportChoices(): ReportChoices {
  return useSyncExternalStore(subscribeReportChoices, getReportChoices);
}
