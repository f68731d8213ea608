/**
 * The roster's columns: one table of fields per sheet kind, each with the canonical header the
 * standard template and the exported report write, and the synonyms clerks use (DESIGN §3).
 * Synonyms are per kind because the same word means different things on different sheets:
 * 名称 is a group's name on 工作群 but a unit's name on 单位; 单位 is the owning unit on
 * 工作群 but a person's unit on 成员.
 *
 * The importer matches a header by exact synonym first and, failing that, by key terms after
 * dropping bracketed qualifiers and filler words (core/import/mapping.ts). The report writer and
 * the template use `header`, so an exported workbook always re-imports.
 */

export type SheetKind = 'units' | 'groups' | 'members';

export const SHEET_KIND_LABELS: Record<SheetKind, string> = {
  units: '单位',
  groups: '工作群',
  members: '成员',
};

/** Sheet names that identify a kind outright. */
export const SHEET_NAME_SYNONYMS: Record<SheetKind, readonly string[]> = {
  units: ['单位', '单位表', '单位信息', '单位名单'],
  groups: ['工作群', '工作群表', '群', '群名单', '工作群名单', '工作群统计', '工作群台账'],
  members: ['成员', '成员表', '群成员', '人员', '成员名单'],
};

export type ValueType = 'text' | 'integer' | 'date' | 'boolean' | 'code';

export interface FieldDef {
  key: string;
  /** The canonical header, written by the template and the report. */
  header: string;
  synonyms: readonly string[];
  type: ValueType;
  required: boolean;
  /** One line for the template's instructions sheet and the mapping screen. */
  hint: string;
}

const f = (
  key: string,
  header: string,
  synonyms: readonly string[],
  type: ValueType,
  required: boolean,
  hint: string,
): FieldDef => ({ key, header, synonyms, type, required, hint });

export const UNIT_FIELDS: readonly FieldDef[] = [
  f(
    'name',
    '名称',
    ['单位名称', '单位', '名称'],
    'text',
    true,
    '单位全称，如“望月湖街道”“区财政局”“荣华社区”。',
  ),
  f(
    'type',
    '类型',
    ['单位类型', '类型', '类别'],
    'text',
    false,
    '区直部门、街道、镇、社区或村；不填则按名称推断。',
  ),
  f(
    'parent',
    '上级单位',
    ['上级单位', '所属街道', '上级', '所属街道（镇）', '所属乡镇'],
    'text',
    false,
    '社区、村所属的街道或镇。',
  ),
  f(
    'staff',
    '在编人数',
    ['在编人数', '编制人数', '人员数', '在编人员数'],
    'integer',
    false,
    '区直部门按在编人数确定工作群限额。',
  ),
];

export const GROUP_FIELDS: readonly FieldDef[] = [
  f(
    'code',
    '群编号',
    ['群编号', '编号', '群号', '群ID', '群id'],
    'code',
    false,
    '唯一编号；不填时以“单位+平台+群名称”识别。',
  ),
  f('name', '群名称', ['群名称', '群名', '工作群名称', '名称'], 'text', true, '群的名称。'),
  f('unit', '所属单位', ['所属单位', '单位', '单位名称', '部门'], 'text', true, '建群单位。'),
  f('platform', '平台', ['平台', '所在平台', '渠道'], 'text', true, '微信、QQ、钉钉、政务微信。'),
  f(
    'category',
    '群类别',
    ['群类别', '类别', '群类型', '类型'],
    'text',
    false,
    '工作群、日常交流群、党员交流群、便民服务群；不填视为工作群。',
  ),
  f(
    'businessLine',
    '业务分类',
    ['业务分类', '业务条线', '业务类别'],
    'text',
    false,
    '党建、网格化、政务服务、公共安全等。',
  ),
  f('owner', '负责人', ['负责人', '群主', '管理员', '建群人'], 'text', false, '谁建群谁负责。'),
  f(
    'memberCount',
    '成员数',
    ['成员数', '群人数', '人数', '成员人数', '群成员人数'],
    'integer',
    false,
    '群成员人数。',
  ),
  f('temporary', '是否临时', ['是否临时', '临时群', '临时'], 'boolean', false, '是/否。'),
  f('endDate', '结束日期', ['结束日期', '到期日期', '截止日期'], 'date', false, '临时群的工作结束日期。'),
  f(
    'lastActive',
    '最近活跃',
    ['最近活跃', '最后活跃', '活跃时间', '最近发言', '最后发言', '发言时间', '最近活跃日期'],
    'date',
    false,
    '最近一次有人发言的日期。',
  ),
  f(
    'photoRequired',
    '是否要求晒照片',
    ['是否要求晒照片', '晒照片', '要求晒照片'],
    'boolean',
    false,
    '是/否；严禁强制要求晒照片。',
  ),
  f('action', '拟处置', ['拟处置', '处置方式', '处置意见'], 'text', false, '保留、合并、解散、转出或待定。'),
  f(
    'target',
    '并入',
    ['并入', '合并至', '并入群'],
    'text',
    false,
    '合并的目标群编号（或唯一的群名称），或“新建:新群名称”。',
  ),
  f(
    'reclassifyTo',
    '转出类别',
    ['转出类别', '转为'],
    'text',
    false,
    '转出的群改为的类别：日常交流群、党员交流群或便民服务群。',
  ),
  f('reason', '处置理由', ['处置理由', '处置依据', '理由'], 'text', false, '处置的依据，导出的报告会写明。'),
  // The single-sheet form carries unit facts on the groups sheet.
  f('unitType', '单位类型', ['单位类型'], 'text', false, '单表格式时填写：区直部门、街道、镇、社区或村。'),
  f(
    'unitParent',
    '上级单位',
    ['上级单位', '所属街道', '上级'],
    'text',
    false,
    '单表格式时填写社区、村所属的街道或镇。',
  ),
  f(
    'unitStaff',
    '在编人数',
    ['在编人数', '编制人数', '人员数'],
    'integer',
    false,
    '单表格式时填写区直部门的在编人数。',
  ),
];

export const MEMBER_FIELDS: readonly FieldDef[] = [
  f(
    'groupCode',
    '群编号',
    ['群编号', '编号', '群号', '群ID', '群id'],
    'code',
    false,
    '成员所在群的群编号（或填写群名称）。',
  ),
  f(
    'groupName',
    '群名称',
    ['群名称', '群名', '工作群名称'],
    'text',
    false,
    '群编号为空时，按唯一的群名称对应。',
  ),
  f('name', '姓名', ['姓名', '成员姓名', '名字'], 'text', true, '成员姓名。'),
  f(
    'phone',
    '手机号',
    ['手机号', '手机', '手机号码', '电话', '联系电话'],
    'code',
    false,
    '用于识别同一人；以文本保存。',
  ),
  f(
    'idNumber',
    '身份证号',
    ['身份证号', '身份证', '身份证号码', '证件号码'],
    'code',
    false,
    '用于识别同一人；以文本保存。',
  ),
  f('unit', '单位', ['单位', '所在单位', '工作单位'], 'text', false, '成员所在单位。'),
  f('title', '职务', ['职务', '职位'], 'text', false, '社区、村的书记、主任会被识别为社区负责人。'),
  f('removal', '拟移出', ['拟移出', '移出'], 'boolean', false, '是：计划将其移出该群。'),
];

export const FIELDS_BY_KIND: Record<SheetKind, readonly FieldDef[]> = {
  units: UNIT_FIELDS,
  groups: GROUP_FIELDS,
  members: MEMBER_FIELDS,
};

/** A field's canonical header; writers of rosters (samples, bench) name their columns by it. */
export function fieldHeader(kind: SheetKind, key: string): string {
  const field = FIELDS_BY_KIND[kind].find((f) => f.key === key);
  if (!field) throw new Error(`no ${kind} field ${key}`);
  return field.header;
}

/** Values of 拟处置 and their meaning. */
export const ACTION_WORDS: Record<string, 'keep' | 'merge' | 'dissolve' | 'reclassify' | 'pending'> = {
  保留: 'keep',
  合并: 'merge',
  并入: 'merge',
  解散: 'dissolve',
  注销: 'dissolve',
  撤销: 'dissolve',
  转出: 'reclassify',
  待定: 'pending',
  撤并: 'merge',
  归并: 'merge',
  关闭: 'dissolve',
  转类: 'reclassify',
  暂定: 'pending',
  未定: 'pending',
};

/** `新建:名称` (also with a full-width colon) in 并入 names a new consolidated group. */
export const NEW_GROUP_PREFIX = /^新建[:：]\s*/;
