/**
 * The roster's 填报日期 from the dates its files state. Files of a roll-up are filled in on
 * different days; the latest is taken (the plan should not be dated before information it
 * uses), and a difference is reported so the clerk can pass --as-of / pick the date instead.
 */
import { describePlace } from '../problems';
import type { ImportContext } from './context';
import type { FoundDate } from './report-date';

export function settleReportDate(ctx: ImportContext, found: readonly FoundDate[]): string | null {
  const readable: Array<FoundDate & { iso: string }> = [];
  for (const d of found) {
    if (d.iso === null) {
      ctx.warn(
        'REPORT_DATE_UNREADABLE',
        d.place,
        `填报日期“${d.text}”无法识别（可写作 2026年3月5日 或 2026-03-05），已忽略。`,
      );
    } else readable.push({ ...d, iso: d.iso });
  }
  if (readable.length === 0) return null;
  let latest = readable[0];
  for (const d of readable) if (latest && d.iso > latest.iso) latest = d;
  if (!latest) return null;
  const distinct = new Map<string, FoundDate>();
  for (const d of readable) if (!distinct.has(d.iso)) distinct.set(d.iso, d);
  if (distinct.size > 1) {
    const list = [...distinct.values()].map((d) => `${d.iso}（${describePlace(d.place)}）`).join('；');
    const other = readable.find((d) => d.iso !== latest?.iso) ?? latest;
    ctx.warn(
      'ASOF_CONFLICT',
      other.place,
      `各处填写的填报日期不一致：${list}。已采用最晚的 ${latest.iso} 作为填报日期；如需按其他日期规划，请另行指定规划日期。`,
    );
  }
  return latest.iso;
}
