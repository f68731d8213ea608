import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_FIELDS, MEMBER_FIELDS, UNIT_FIELDS } from '../../../core/import/fields';
import { renderTemplateXlsx, writeTemplate } from '../../../main/report/template';

function validationAt(sheet: ExcelJS.Worksheet, address: string): ExcelJS.DataValidation | undefined {
  const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  return Object.hasOwn(model, address) ? model[address] : undefined;
}

const SINGLE_SHEET = new Set(['unitType', 'unitParent', 'unitStaff']);
const EXPECTED = {
  单位: UNIT_FIELDS.map((f) => f.header),
  工作群: GROUP_FIELDS.filter((f) => !SINGLE_SHEET.has(f.key)).map((f) => f.header),
  成员: MEMBER_FIELDS.map((f) => f.header),
};

describe('the standard template', () => {
  const wb = new ExcelJS.Workbook();
  let dir = '';

  beforeAll(async () => {
    await wb.xlsx.read(Readable.from([Buffer.from(await renderTemplateXlsx())]));
    dir = mkdtempSync(join(tmpdir(), 'template-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sheet = (name: string): ExcelJS.Worksheet => {
    const s = wb.getWorksheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  const headerOf = (name: string): string[] =>
    (sheet(name).getRow(1).values as unknown[]).slice(1).map(String);
  const column = (name: string, header: string): string =>
    String.fromCharCode(65 + headerOf(name).indexOf(header));

  it('has the instructions first, then the three data sheets', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['填表说明', '单位', '工作群', '成员']);
  });

  it.each(Object.entries(EXPECTED))(
    'writes exactly the canonical headers on %s, and no data rows',
    (name, headers) => {
      expect(headerOf(name)).toEqual(headers);
      expect(sheet(name).actualRowCount).toBe(1);
      const first = sheet(name).getCell('A1');
      expect(first.font?.bold).toBe(true);
      expect(first.border?.bottom?.style).toBe('thin');
      expect(sheet(name).views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet(name).pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '1:1' });
    },
  );

  it.each([
    ['工作群', '群编号'],
    ['成员', '群编号'],
    ['成员', '手机号'],
    ['成员', '身份证号'],
  ])('formats %s %s as text so Excel keeps long numbers exact', (name, header) => {
    const index = headerOf(name).indexOf(header) + 1;
    expect(sheet(name).getColumn(index).numFmt).toBe('@');
  });

  it.each([
    ['工作群', '平台', '"微信,QQ,钉钉,政务微信"'],
    ['工作群', '群类别', '"工作群,日常交流群,党员交流群,便民服务群"'],
    ['工作群', '拟处置', '"保留,合并,解散,转出,待定"'],
    ['工作群', '是否临时', '"是,否"'],
    ['工作群', '是否要求晒照片', '"是,否"'],
    ['单位', '类型', '"区直部门,街道,镇,社区,村"'],
    ['成员', '拟移出', '"是,否"'],
  ])('offers a drop-down on %s %s for rows 2–2000 only', (name, header, formula) => {
    const col = column(name, header);
    expect(validationAt(sheet(name), `${col}2`)?.formulae).toEqual([formula]);
    expect(validationAt(sheet(name), `${col}2000`)?.formulae).toEqual([formula]);
    expect(validationAt(sheet(name), `${col}2001`)).toBeUndefined();
  });

  it('explains every column, the 拟处置 values and 新建:名称 in the instructions', () => {
    const text: string[] = [];
    sheet('填表说明').eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))));
    const all = text.join('\n');
    for (const f of [...UNIT_FIELDS, ...GROUP_FIELDS, ...MEMBER_FIELDS]) {
      expect(text).toContain(f.header);
      expect(all).toContain(f.hint);
    }
    for (const word of ['保留', '合并', '解散', '转出', '待定']) expect(text).toContain(word);
    expect(all).toContain('新建:');
    expect(all).toContain('文本格式');
    expect(all).toContain('导入');
  });

  it('saves atomically under the given name', async () => {
    const target = join(dir, '标准模板.xlsx');
    const result = await writeTemplate(target);
    expect(result).toEqual({ ok: true, path: target });
    expect(readdirSync(dir)).toEqual(['标准模板.xlsx']);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(target);
    expect(again.worksheets.map((s) => s.name)).toEqual(['填表说明', '单位', '工作群', '成员']);
  });
});
