import { describe, expect, test } from 'vitest';
import { FIELDS_BY_KIND, type SheetKind } from '../../../core/import/fields';
import { analyzeWorkbook, headerSignature, importRoster, savedMappingOf } from '../../../core/import/index';
import { matchColumns } from '../../../core/import/mapping';
import { normalizeHeader } from '../../../core/import/text';
import { book, places, sheet } from './helpers';

/** Every synonym DESIGN §3 lists, with the field it must map to. */
const DESIGN_SYNONYMS: Array<[SheetKind, string, string]> = [
  ['groups', '群编号', 'code'],
  ['groups', '编号', 'code'],
  ['groups', '群号', 'code'],
  ['groups', '群ID', 'code'],
  ['groups', '群名称', 'name'],
  ['groups', '群名', 'name'],
  ['groups', '工作群名称', 'name'],
  ['groups', '名称', 'name'],
  ['groups', '所属单位', 'unit'],
  ['groups', '单位', 'unit'],
  ['groups', '单位名称', 'unit'],
  ['groups', '部门', 'unit'],
  ['groups', '平台', 'platform'],
  ['groups', '所在平台', 'platform'],
  ['groups', '渠道', 'platform'],
  ['groups', '群类别', 'category'],
  ['groups', '类别', 'category'],
  ['groups', '群类型', 'category'],
  ['groups', '类型', 'category'],
  ['groups', '业务分类', 'businessLine'],
  ['groups', '业务条线', 'businessLine'],
  ['groups', '业务类别', 'businessLine'],
  ['groups', '负责人', 'owner'],
  ['groups', '群主', 'owner'],
  ['groups', '管理员', 'owner'],
  ['groups', '建群人', 'owner'],
  ['groups', '成员数', 'memberCount'],
  ['groups', '群人数', 'memberCount'],
  ['groups', '人数', 'memberCount'],
  ['groups', '成员人数', 'memberCount'],
  ['groups', '群成员人数', 'memberCount'],
  ['groups', '是否临时', 'temporary'],
  ['groups', '临时群', 'temporary'],
  ['groups', '临时', 'temporary'],
  ['groups', '结束日期', 'endDate'],
  ['groups', '到期日期', 'endDate'],
  ['groups', '截止日期', 'endDate'],
  ['groups', '最近活跃', 'lastActive'],
  ['groups', '最后活跃', 'lastActive'],
  ['groups', '活跃时间', 'lastActive'],
  ['groups', '最近发言', 'lastActive'],
  ['groups', '是否要求晒照片', 'photoRequired'],
  ['groups', '拟处置', 'action'],
  ['groups', '处置方式', 'action'],
  ['groups', '处置意见', 'action'],
  ['groups', '并入', 'target'],
  ['groups', '合并至', 'target'],
  ['groups', '并入群', 'target'],
  ['groups', '在编人数', 'unitStaff'],
  ['groups', '编制人数', 'unitStaff'],
  ['groups', '人员数', 'unitStaff'],
  ['groups', '上级单位', 'unitParent'],
  ['groups', '所属街道', 'unitParent'],
  ['groups', '上级', 'unitParent'],
  ['groups', '单位类型', 'unitType'],
  ['units', '名称', 'name'],
  ['units', '类型', 'type'],
  ['units', '上级单位', 'parent'],
  ['units', '所属街道', 'parent'],
  ['units', '上级', 'parent'],
  ['units', '在编人数', 'staff'],
  ['units', '编制人数', 'staff'],
  ['units', '人员数', 'staff'],
  ['members', '群编号', 'groupCode'],
  ['members', '姓名', 'name'],
  ['members', '手机号', 'phone'],
  ['members', '身份证号', 'idNumber'],
  ['members', '单位', 'unit'],
  ['members', '职务', 'title'],
  ['members', '职位', 'title'],
];

describe('synonyms', () => {
  test.each(DESIGN_SYNONYMS)('%s: “%s” → %s', (kind, header, field) => {
    const m = matchColumns(['序号', header], kind);
    expect(m.mapping[field]).toBe(1);
    expect(m.matched).toBe(1);
  });

  test.each(['groups', 'units', 'members'] as const)('every synonym of %s names one field only', (kind) => {
    const owner = new Map<string, string>();
    for (const f of FIELDS_BY_KIND[kind]) {
      for (const w of [f.header, ...f.synonyms]) {
        const n = normalizeHeader(w);
        const before = owner.get(n);
        expect(before === undefined || before === f.key, `${w}: ${before} / ${f.key}`).toBe(true);
        owner.set(n, f.key);
      }
    }
  });

  test.each(['groups', 'units', 'members'] as const)(
    'the canonical headers of %s map exactly to their fields',
    (kind) => {
      const fields = FIELDS_BY_KIND[kind];
      const m = matchColumns(
        fields.map((f) => f.header),
        kind,
      );
      expect(m.duplicates).toEqual([]);
      fields.forEach((f, i) => expect(m.mapping[f.key], f.header).toBe(i));
    },
  );
});

describe('fallbacks', () => {
  const cases: Array<[string, string]> = [
    ['所属单位（部门）', 'unit'],
    ['所属单位(部门)', 'unit'],
    ['【必填】群名称', 'name'],
    ['群名称*', 'name'],
    ['※群名称：', 'name'],
    ['是否临时群', 'temporary'],
    ['最近一次活跃时间', 'lastActive'],
    ['所在平台（微信/QQ）', 'platform'],
    ['成员数（人）', 'memberCount'],
    [' 群 名 称 \n', 'name'],
    ['群名称\n（全称）', 'name'],
    ['群ｉｄ', 'code'],
    ['工作群的名称', 'name'],
    ['是否要求晒照片(是/否)', 'photoRequired'],
    ['[必填]平台', 'platform'],
    // containment, the longest synonym first
    ['群主姓名', 'owner'],
    ['工作群成员人数', 'memberCount'],
    ['最近活跃时间', 'lastActive'],
    ['所属单位名称', 'unit'],
    ['业务分类类型', 'businessLine'],
    ['ＱＱ群号', 'code'],
  ];
  test.each(cases)('“%s” → %s', (header, field) => {
    const m = matchColumns(['序号', header], 'groups');
    expect(m.mapping[field]).toBe(1);
  });

  test('each field is used once and each column once; exact beats key terms', () => {
    const m = matchColumns(['群名称（简称）', '群名称', '原群名', '序号'], 'groups');
    expect(m.mapping['name']).toBe(1);
    expect(m.duplicates).toEqual([{ field: 'name', column: 0, first: 1 }]);
    expect(Object.keys(m.mapping)).toEqual(['name']);
  });

  test('序号 and 备注 never map', () => {
    expect(matchColumns(['序号', '备注', '说明'], 'groups').matched).toBe(0);
  });
});

describe('analysis of the header row', () => {
  test('a saved mapping overrides auto-matching', () => {
    const headers = ['群名称', '所属单位', '平台', '备注名'];
    const wb = book('a.xlsx', [sheet('Sheet1', [headers, ['甲群', '区财政局', '微信', '甲']])]);
    const auto = analyzeWorkbook(wb)[0];
    expect(auto?.mapping['name']).toBe(0);
    expect(auto?.kindSource).toBe('header');
    const saved = {
      signature: headerSignature(headers),
      kind: 'groups' as const,
      mapping: { name: 3, unit: 1, platform: 2 },
    };
    const a = analyzeWorkbook(wb, { savedMappings: [saved] })[0];
    expect(a?.kindSource).toBe('saved');
    expect(a?.mapping['name']).toBe(3);
    const r = importRoster([wb], { savedMappings: [saved] });
    expect(r.roster?.groups[0]?.name).toBe('甲');
  });

  test('a saved mapping makes unknown headers usable', () => {
    const headers = ['A', 'B', 'C'];
    const wb = book('a.csv', [sheet('a', [['某区统计'], headers, ['甲群', '区财政局', '微信']])]);
    expect(analyzeWorkbook(wb)[0]?.kind).toBeNull();
    const saved = {
      signature: headerSignature(headers),
      kind: 'groups' as const,
      mapping: { name: 0, unit: 1, platform: 2 },
    };
    const a = analyzeWorkbook(wb, { savedMappings: [saved] })[0];
    expect([a?.kind, a?.headerRow]).toEqual(['groups', 2]);
  });

  test('the signature ignores spaces, width and trailing blank headers', () => {
    expect(headerSignature([' 群名称 ', 'ＱＱ', ''])).toBe(headerSignature(['群名称', 'qq']));
  });

  test('duplicate columns: the first wins with a warning at the second', () => {
    const wb = book('a.xlsx', [
      sheet('工作群', [
        ['群名称', '所属单位', '平台', '单位名称'],
        ['甲群', '区财政局', '微信', '区教育局'],
      ]),
    ]);
    const r = importRoster([wb]);
    expect(places(r.problems, 'SHEET_DUPLICATE_COLUMN')).toEqual([['SHEET_DUPLICATE_COLUMN', 1, 'D']]);
    expect(r.problems.find((p) => p.code === 'SHEET_DUPLICATE_COLUMN')?.level).toBe('warning');
    expect(r.roster?.groups[0]?.unitId).toBe('区财政局');
  });

  test('a missing required column is an error naming the canonical header; unmatched headers are listed', () => {
    const wb = book('a.xlsx', [
      sheet('工作群', [
        ['群名称', '所属单位', '成员数', '备用列'],
        ['甲群', '区财政局', 3, 'x'],
      ]),
    ]);
    const r = importRoster([wb]);
    expect(r.roster).toBeNull();
    const p = r.problems.find((x) => x.code === 'SHEET_MISSING_COLUMN');
    expect(p?.message).toContain('“平台”');
    expect([p?.file, p?.sheet, p?.row]).toEqual(['a.xlsx', '工作群', 1]);
    const a = r.analyses[0]?.sheets[0];
    expect(a?.missingRequired).toEqual(['platform']);
    expect(a?.unmatchedHeaders).toEqual(['备用列']);
  });
});

test('savedMappingOf remembers a corrected mapping for the same header next time', () => {
  const headers = ['名字', '归口', '软件'];
  const wb = book('a.xlsx', [sheet('Sheet1', [headers, ['甲群', '区财政局', '微信']])]);
  const choice = {
    file: 'a.xlsx',
    sheet: 'Sheet1',
    kind: 'groups' as const,
    headerRow: 1,
    mapping: { name: 0, unit: 1, platform: 2 },
  };
  const chosen = importRoster([wb], { choices: [choice] }).analyses[0]?.sheets[0];
  const saved = chosen ? savedMappingOf(chosen) : null;
  expect(saved?.signature).toBe(headerSignature(headers));
  const again = analyzeWorkbook(wb, { savedMappings: saved ? [saved] : [] })[0];
  expect([again?.kind, again?.kindSource, again?.mapping['platform']]).toEqual(['groups', 'saved', 2]);
});
