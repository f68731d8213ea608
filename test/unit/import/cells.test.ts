import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { dayNumber, excelSerialFromIso, isoFromDayNumber } from '../../../core/dates';
import {
  BAD,
  parseBoolean,
  parseCode,
  parseDate,
  parseInteger,
  phoneDigits,
  PRECISION_LOST,
} from '../../../core/import/cells';
import { importRoster } from '../../../core/import/index';
import type { RawCell } from '../../../core/import/raw';
import { normalizeCategory, normalizePlatform, parseAction } from '../../../core/import/values';
import { book, codes, places, sheet } from './helpers';

describe('integers', () => {
  const cases: Array<[RawCell, number | null | typeof BAD]> = [
    [35, 35],
    ['35', 35],
    ['35人', 35],
    ['35 人', 35],
    ['３５', 35],
    ['1,200', 1200],
    ['1，200', 1200],
    [' 12 ', 12],
    ['35.0', 35],
    [35.0, 35],
    ['-', null],
    ['', null],
    [null, null],
    ['约35人', BAD],
    ['三十五', BAD],
    [35.5, BAD],
    [-3, BAD],
    ['12,34', BAD],
    [true, BAD],
  ];
  test.each(cases)('%j → %s', (cell, want) => expect(parseInteger(cell)).toBe(want));
});

describe('dates', () => {
  const d = '2026-03-05';
  const s1900 = excelSerialFromIso(d);
  const s1904 = excelSerialFromIso(d, true);
  const cases: Array<[RawCell, boolean, string | null | typeof BAD]> = [
    [s1900, false, d],
    [s1900 + 0.5, false, d],
    [s1904, true, d],
    [String(s1900), false, d],
    [`${s1900}.25`, false, d],
    ['2026-03-05', false, d],
    ['2026/3/5', false, d],
    ['2026.3.5', false, d],
    ['2026年3月5日', false, d],
    ['2026-03-05 10:30', false, d],
    ['20260305', false, d],
    [20260305, false, d],
    ['２０２６－０３－０５', false, d],
    ['', false, null],
    ['—', false, null],
    ['90', false, BAD],
    [90, false, BAD],
    ['2026-02-30', false, BAD],
    ['3/5/2026', false, BAD],
    ['去年', false, BAD],
    [true, false, BAD],
  ];
  test.each(cases)('%j (1904: %s) → %s', (cell, d1904, want) => expect(parseDate(cell, d1904)).toBe(want));
});

describe('yes / no', () => {
  const yes = ['是', '√', '✓', '✔', 'Y', 'y', 'yes', 'YES', 'true', 'TRUE', '1', '有', ' 是 '];
  const no = ['否', '×', 'N', 'n', 'no', 'false', '0', '无', '空'];
  test.each(yes)('%s → true', (v) => expect(parseBoolean(v)).toBe(true));
  test.each(no)('%s → false', (v) => expect(parseBoolean(v)).toBe(false));
  test.each<[RawCell, boolean | null | typeof BAD]>([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [null, null],
    ['', null],
    ['也许', BAD],
    [2, BAD],
    ['x', BAD],
  ])('%j → %s', (v, want) => expect(parseBoolean(v)).toBe(want));
});

describe('codes, phones and ID numbers', () => {
  test.each<[RawCell, string | null | typeof PRECISION_LOST]>([
    ['430104199001011234', '430104199001011234'],
    ['43010419900101123X', '43010419900101123X'],
    [13800138000, '13800138000'],
    ['13800138000', '13800138000'],
    ['13800138000.0', '13800138000'],
    [1001, '1001'],
    ['Q001', 'Q001'],
    ['００１', '001'],
    [430104199001011200, PRECISION_LOST],
    [1e15, PRECISION_LOST],
    [999999999999999, '999999999999999'],
    ['4.30104E+17', PRECISION_LOST],
    ['1.38001E+10', PRECISION_LOST],
    ['', null],
    [null, null],
  ])('%j → %s', (v, want) => expect(parseCode(v)).toBe(want));

  test.each<[string, string | null]>([
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['0731-88881234', '073188881234'],
    ['无', null],
  ])('phone %s → %s', (v, want) => expect(phoneDigits(v)).toBe(want));
});

describe('platforms, categories and actions', () => {
  test.each<[string, string, boolean]>([
    ['微信', '微信', true],
    ['WeChat', '微信', true],
    ['weixin', '微信', true],
    ['wx', '微信', true],
    ['微信群', '微信', true],
    ['QQ', 'QQ', true],
    ['qq', 'QQ', true],
    ['ＱＱ群', 'QQ', true],
    ['钉钉', '钉钉', true],
    ['DingTalk', '钉钉', true],
    ['政务微信', '政务微信', true],
    ['企业微信（政务版）', '政务微信', true],
    ['企业微信', '企业微信', false],
    ['飞书', '飞书', false],
  ])('platform %s → %s (known %s)', (text, platform, known) => {
    expect(normalizePlatform(text, new Map())).toEqual({ platform, known });
  });

  test.each<[string, string | undefined]>([
    ['工作群', '工作群'],
    ['工作', '工作群'],
    ['日常交流群', '日常交流群'],
    ['交流群', '日常交流群'],
    ['聊天群', '日常交流群'],
    ['闲聊群', '日常交流群'],
    ['党员交流群', '党员交流群'],
    ['党员群', '党员交流群'],
    ['便民服务群', '便民服务群'],
    ['服务群', '便民服务群'],
    ['便民群', '便民服务群'],
    ['兴趣群', undefined],
  ])('category %s → %s', (text, want) => expect(normalizeCategory(text, new Map())).toBe(want));

  test.each<[string, string | undefined]>([
    ['保留', 'keep'],
    ['合并', 'merge'],
    ['拟合并', 'merge'],
    ['解散', 'dissolve'],
    ['撤销', 'dissolve'],
    ['转出', 'reclassify'],
    ['待定', 'pending'],
    [' 保 留 ', 'keep'],
    ['__proto__', undefined],
    ['constructor', undefined],
    ['随便', undefined],
  ])('action %s → %s', (text, want) => expect(parseAction(text)).toBe(want));
});

describe('values in a sheet, reported at their cells', () => {
  const header = [
    '群名称',
    '所属单位',
    '平台',
    '群类别',
    '成员数',
    '是否临时',
    '结束日期',
    '负责人',
    '业务分类',
  ];
  const run = (rows: RawCell[][], businessLines?: string[]) =>
    importRoster([book('岳麓.xlsx', [sheet('工作群', [header, ...rows])])], { businessLines });

  test('bad number, date, boolean and category are errors at row and column', () => {
    const r = run([
      ['甲群', '区财政局', '微信', null, '三十', '是', '2026-13-01', null, null],
      ['乙群', '区财政局', '微信', '兴趣群', 3, '也许', null, null, null],
    ]);
    expect(r.roster).toBeNull();
    expect(
      places(r.problems, 'CELL_BAD_NUMBER', 'CELL_BAD_DATE', 'CELL_BAD_BOOLEAN', 'CELL_BAD_CATEGORY'),
    ).toEqual([
      ['CELL_BAD_NUMBER', 2, 'E'],
      ['CELL_BAD_DATE', 2, 'G'],
      ['CELL_BAD_CATEGORY', 3, 'D'],
      ['CELL_BAD_BOOLEAN', 3, 'F'],
    ]);
    const p = r.problems.find((x) => x.code === 'CELL_BAD_NUMBER');
    expect(p?.header).toBe('成员数');
    expect(p?.message).toContain('三十');
  });

  test('unknown platforms and business lines are accepted with one warning per value', () => {
    const r = run(
      [
        ['甲群', '区财政局', '飞书', null, 3, null, null, null, '党建'],
        ['乙群', '区财政局', '飞书', null, 3, null, null, null, '文明创建'],
        ['丙群', '区财政局', '飞书', null, 3, null, null, null, '文明创建'],
      ],
      ['党建', '网格化'],
    );
    expect(r.roster?.groups.map((g) => g.platform)).toEqual(['飞书', '飞书', '飞书']);
    expect(places(r.problems, 'CELL_BAD_PLATFORM', 'CELL_UNKNOWN_BUSINESS_LINE')).toEqual([
      ['CELL_BAD_PLATFORM', 2, 'C'],
      ['CELL_UNKNOWN_BUSINESS_LINE', 3, 'I'],
    ]);
    expect(r.problems.find((p) => p.code === 'CELL_BAD_PLATFORM')?.message).toContain('共 3 行');
  });

  test('blank category is 工作群; a formula written as text is kept with a warning', () => {
    const r = run([['=A1&"群"', '区财政局', '微信', null, 3, null, null, null, null]]);
    expect(r.roster?.groups[0]).toMatchObject({ name: '=A1&"群"', category: '工作群' });
    expect(places(r.problems, 'CELL_FORMULA_TEXT')).toEqual([['CELL_FORMULA_TEXT', 2, 'A']]);
  });

  test('a required cell left blank', () => {
    const r = run([['甲群', null, '微信', null, 3, null, null, null, null]]);
    expect(places(r.problems, 'CELL_REQUIRED')).toEqual([['CELL_REQUIRED', 2, 'B']]);
  });

  test('an ID number stored as a number is CELL_NUMBER_PRECISION_LOST; a phone as a number stays exact', () => {
    const wb = book('m.xlsx', [
      sheet('工作群', [
        ['群编号', '群名称', '所属单位', '平台'],
        ['G1', '甲群', '区财政局', '微信'],
      ]),
      sheet('成员', [
        ['群编号', '姓名', '手机号', '身份证号'],
        ['G1', '张三', 13800138000, null],
        ['G1', '李四', null, 430104199001011200],
      ]),
    ]);
    const r = importRoster([wb]);
    expect(places(r.problems, 'CELL_NUMBER_PRECISION_LOST')).toEqual([
      ['CELL_NUMBER_PRECISION_LOST', 3, 'D'],
    ]);
    const p = r.problems.find((x) => x.code === 'CELL_NUMBER_PRECISION_LOST');
    expect(p?.message).toContain('以数字形式保存，已丢失末位数字，请将该列设为文本后重新填写');
    expect(codes(r.problems)).toContain('CELL_NUMBER_PRECISION_LOST');
  });
});

describe('properties', () => {
  test('any count written as clerks write it reads back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom('', '人', ' 人', '个'),
        fc.boolean(),
        (n, unit, commas) => {
          const digits = commas ? n.toLocaleString('en-US') : String(n);
          expect(parseInteger(`${digits}${unit}`)).toBe(n);
        },
      ),
    );
  });

  test('any date 1980–2100 reads back from its serial and its text forms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1980-01-01'), max: dayNumber('2100-12-31') }),
        fc.boolean(),
        (day, d1904) => {
          const iso = isoFromDayNumber(day);
          const [y, m, d] = iso.split('-').map(Number);
          expect(parseDate(excelSerialFromIso(iso, d1904), d1904)).toBe(iso);
          expect(parseDate(String(excelSerialFromIso(iso, d1904)), d1904)).toBe(iso);
          for (const text of [iso, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`])
            expect(parseDate(text, d1904)).toBe(iso);
        },
      ),
    );
  });
});
