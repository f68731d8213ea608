/**
 * The standard blank template (标准模板.xlsx) as a ReportModel: an instructions sheet, then the
 * 单位 / 工作群 / 成员 sheets with the canonical headers and nothing else. Examples live in the
 * instructions only: a sample row in a data sheet would be imported as data.
 */
import { SHEET_KIND_LABELS, type FieldDef, type SheetKind } from '../import/fields';
import { NON_WORK_CATEGORIES } from '../roster/model';
import {
  rowsOf,
  TEMPLATE_INSTRUCTIONS_SHEET,
  type ReportModel,
  type ReportSheet,
  type ReportTable,
} from './model';
import { rosterColumns, rosterFields, singleSheetUnitFields } from './roster-columns';

/** Rows 2–2000 of each data sheet get the drop-down lists. */
export const TEMPLATE_INPUT_ROWS = 1999;

const TWO_COLUMNS = (first: string, second: string): ReportTable['columns'] => [
  { header: first, width: 18, kind: 'text', wrap: true },
  { header: second, width: 76, kind: 'text', wrap: true },
];

function fieldTable(heading: string, fields: readonly FieldDef[]): ReportTable {
  const rows = fields.map((f) => [f.header, f.required ? `【必填】${f.hint}` : f.hint]);
  return { heading, columns: TWO_COLUMNS('列名', '填写说明'), rows: rowsOf(rows), totals: null };
}

const sheetFieldTable = (kind: SheetKind): ReportTable =>
  fieldTable(`“${SHEET_KIND_LABELS[kind]}”表`, rosterFields(kind));

const ACTION_ROWS = [
  ['保留', '保留该群。'],
  [
    '合并',
    '并入其他工作群后关闭。“并入”填目标群的群编号，目标群没有群编号时填它的群名称（须唯一）；合并成一个新群时填“新建:新群名称”。',
  ],
  ['解散', '关闭该群，例如临时工作已结束、长期无人发言。'],
  ['转出', `实为非工作群，不计入工作群。“转出类别”填${NON_WORK_CATEGORIES.join('、')}之一。`],
  ['待定', '尚未确定，暂按保留计算。'],
  ['（不填）', '由程序按规则给出建议，可在程序中调整。'],
];

const EXAMPLE_ROWS = [
  ['保留一个群', '拟处置填“保留”；处置理由可不填。'],
  ['把群 B 并入群 A', '群 B 的拟处置填“合并”，并入填群 A 的群编号（如“WYH-001”）。'],
  ['把群 B、C 合成一个新群', 'B、C 的拟处置都填“合并”，并入都填“新建:望月湖街道综合工作群”。'],
  ['临时群到期解散', '是否临时填“是”，结束日期填“2026-03-31”，拟处置填“解散”。'],
  ['闲聊群转出', '群类别仍填“工作群”，拟处置填“转出”，转出类别填“日常交流群”。'],
  ['计划把某人移出某群', '在“成员”表中该人该群所在行，拟移出填“是”。'],
  ['同名的人', '填写手机号或身份证号，程序据此区分；都不填时按“姓名+单位”识别。'],
];

function instructionsSheet(): ReportSheet {
  return {
    name: TEMPLATE_INSTRUCTIONS_SHEET,
    titleLines: [
      '工作群名单标准模板——填表说明',
      '本模板可直接导入“工作群精简规划器”。请在“单位”“工作群”“成员”三张表中逐行填写，不要修改第一行的列名，不要合并单元格，也不要在表中加示例、合计或说明行（它们会被当作数据导入）。',
      '群编号、手机号、身份证号三列已设为文本格式，长数字不会被改写；日期写成 2026-03-05 或 2026年3月5日；是/否列填“是”或“否”。平台、群类别、拟处置等列可从下拉列表选择。',
      '也可以只用一张“工作群”表：在其中加“单位类型”“上级单位”“在编人数”三列，即可不填“单位”表。程序导出的精简方案报告也是同样格式，可以再次导入、继续修改。',
    ],
    orientation: 'portrait',
    tables: [
      sheetFieldTable('units'),
      sheetFieldTable('groups'),
      sheetFieldTable('members'),
      fieldTable('只用一张“工作群”表时另加的列', singleSheetUnitFields()),
      {
        heading: '拟处置的填法',
        columns: TWO_COLUMNS('拟处置', '含义与填写'),
        rows: rowsOf(ACTION_ROWS),
        totals: null,
      },
      {
        heading: '填写示例（仅供参考，请勿抄入数据表）',
        columns: TWO_COLUMNS('情形', '填写方法'),
        rows: rowsOf(EXAMPLE_ROWS),
        totals: null,
      },
    ],
    noteLines: [],
  };
}

function dataSheet(kind: SheetKind): ReportSheet {
  return {
    name: SHEET_KIND_LABELS[kind],
    titleLines: [],
    orientation: kind === 'groups' ? 'landscape' : 'portrait',
    tables: [
      {
        heading: null,
        columns: rosterColumns(kind),
        rows: rowsOf([]),
        totals: null,
        inputRows: TEMPLATE_INPUT_ROWS,
      },
    ],
    noteLines: [],
  };
}

export function buildTemplateModel(): ReportModel {
  return {
    title: '工作群名单标准模板',
    sheets: [instructionsSheet(), dataSheet('units'), dataSheet('groups'), dataSheet('members')],
    problems: [],
  };
}
