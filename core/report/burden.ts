/** 人员负担: per person, the number of work groups before and after the plan (only when members are known). */
import { sheetTitleLines, type ReportContext } from './context';
import { maskPhone } from './mask';
import type { PersonCount } from './person-counts';
import {
  continuedSheetName,
  fitWidth,
  lazyRows,
  REPORT_SHEET_NAMES,
  sheetParts,
  type ReportColumn,
  type ReportSheet,
} from './model';

export function burdenSheets(ctx: ReportContext): ReportSheet[] {
  const list = ctx.people;
  if (list === null) return [];
  const person = (key: string) => ctx.index.personByKey.get(key);
  const mask = ctx.options.maskPersonalNumbers;
  const sample = list.slice(0, 300);
  const columns: ReportColumn[] = [
    { header: '序号', width: 7, kind: 'integer' },
    { header: '姓名', width: 10, kind: 'text' },
    {
      header: '单位',
      width: fitWidth(
        '单位',
        sample.map((b) => person(b.key)?.unitName ?? null),
        10,
        22,
      ),
      kind: 'text',
      wrap: true,
    },
    {
      header: '职务',
      width: fitWidth(
        '职务',
        sample.map((b) => person(b.key)?.title ?? null),
        8,
        16,
      ),
      kind: 'text',
      wrap: true,
    },
    { header: '手机号', width: 14, kind: 'code' },
    { header: '社区负责人', width: 11, kind: 'text' },
    { header: '精简前', width: 8, kind: 'integer' },
    { header: '精简后', width: 8, kind: 'integer' },
    { header: '变化', width: 7, kind: 'integer' },
  ];
  return sheetParts(list.length).map(([start, end], part) => ({
    name: continuedSheetName(REPORT_SHEET_NAMES.burden, part),
    titleLines: sheetTitleLines(ctx, '人员负担'),
    orientation: 'portrait',
    tables: [
      {
        heading: null,
        columns,
        rows: lazyRows(end - start, function* () {
          for (let i = start; i < end; i++) {
            const { key, before, after } = list[i] as PersonCount;
            const p = person(key);
            const phone = p?.phone ? (mask ? maskPhone(p.phone) : p.phone) : null;
            const head = p?.isCommunityHead ? '是' : null;
            yield [
              i + 1,
              p?.name ?? key,
              p?.unitName ?? null,
              p?.title ?? null,
              phone,
              head,
              before,
              after,
              after - before,
            ];
          }
        }),
        totals: null,
      },
    ],
    noteLines: ['说明：精简前、精简后为该人所在的工作群个数（不含非工作群），按精简前从多到少排列。'],
  }));
}
