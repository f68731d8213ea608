import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report/build';
import { rowsOf, type ReportModel } from '../../../core/report/model';
import { renderReportXlsx } from '../../../main/report/write-report';
import { smallFixture } from './fixture';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.read(Readable.from([Buffer.from(bytes)]));
  return wb;
}

function ws(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const s = wb.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The validation exceljs reads back for one cell (its reader expands ranges cell by cell). */
function validationAt(sheet: ExcelJS.Worksheet, address: string): ExcelJS.DataValidation | undefined {
  const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  return Object.hasOwn(model, address) ? model[address] : undefined;
}

describe('renderReportXlsx', () => {
  let wb: ExcelJS.Workbook;
  let model: ReportModel;

  beforeAll(async () => {
    const f = smallFixture();
    model = buildReport(f.roster, f.plan, f.policy, f.metrics, {
      maskPersonalNumbers: false,
      generatedAt: '2026-03-06',
    });
    wb = await load(await renderReportXlsx(model));
  });

  it('writes every sheet of the model in order', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(model.sheets.map((s) => s.name));
  });

  it.each([
    ['处置清单', 'landscape', 3],
    ['保留群台账', 'landscape', 3],
    ['单位对照', 'portrait', 3],
    ['人员负担', 'portrait', 3],
    ['工作群', 'landscape', 1],
    ['成员', 'portrait', 1],
  ] as const)('sets %s up for A4 printing with a repeated, frozen header', (name, orientation, headerRow) => {
    const s = ws(wb, name);
    expect(s.pageSetup).toMatchObject({
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    });
    expect(s.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    const header = s.getRow(headerRow);
    const first = header.getCell(1);
    expect(first.font?.bold).toBe(true);
    expect(first.border?.top?.style).toBe('thin');
    expect(first.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
  });

  it('prints 汇总 on one page with its title merged across the table and the signature line', () => {
    const s = ws(wb, '汇总');
    expect(s.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 1,
    });
    expect(s.getCell('A1').value).toBe('岳麓区工作群精简方案');
    expect(s.getCell('A1').font?.bold).toBe(true);
    expect(s.getCell('D1').isMerged).toBe(true);
    expect(s.getCell('D1').master.address).toBe('A1');
    const texts: string[] = [];
    s.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts.at(-1)).toMatch(/^制表人：/u);
    const compression = texts.indexOf('压缩比例') + 1;
    s.eachRow((row, n) => {
      if (row.getCell(1).value === '压缩比例') {
        expect(row.getCell(3).value).toBeCloseTo(0.625);
        expect(row.getCell(3).numFmt).toBe('0.0%');
        expect(n).toBeGreaterThan(0);
      }
    });
    expect(compression).toBeGreaterThan(0);
  });

  it('writes dates as real dates, numbers as text where they must stay exact, booleans as 是/否', () => {
    const s = ws(wb, '工作群');
    const header = s.getRow(1).values as unknown[];
    const col = (h: string) => header.indexOf(h);
    const g1 = s.getRow(2);
    const active = g1.getCell(col('最近活跃'));
    expect(active.value).toBeInstanceOf(Date);
    expect((active.value as Date).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(active.numFmt).toBe('yyyy-mm-dd');
    expect(g1.getCell(col('群编号')).value).toBe('G1');
    expect(g1.getCell(col('群编号')).numFmt).toBe('@');
    expect(g1.getCell(col('是否临时')).value).toBe('否');
    expect(s.getRow(3).getCell(col('是否要求晒照片')).value).toBe('是');
    const members = ws(wb, '成员');
    expect(members.getRow(5).getCell(5).value).toBe('430104199001011234');
    expect(members.getColumn(5).numFmt).toBe('@');
  });

  it('gives the enum columns drop-down lists on a bounded range only', () => {
    const s = ws(wb, '工作群');
    const header = s.getRow(1).values as unknown[];
    const letter = (h: string) => String.fromCharCode(64 + header.indexOf(h));
    const last = 1 + 9 + 200; // header, 9 groups, 200 spare rows
    const action = validationAt(s, `${letter('拟处置')}2`);
    expect(action).toMatchObject({
      type: 'list',
      formulae: ['"保留,合并,解散,转出,待定"'],
      errorStyle: 'stop',
    });
    expect(validationAt(s, `${letter('拟处置')}${last}`)).toBeDefined();
    expect(validationAt(s, `${letter('拟处置')}${last + 1}`)).toBeUndefined();
    expect(validationAt(s, `${letter('平台')}2`)).toMatchObject({ errorStyle: 'warning' });
    expect(validationAt(s, `${letter('群类别')}2`)?.formulae).toEqual([
      '"工作群,日常交流群,党员交流群,便民服务群"',
    ]);
    expect(validationAt(s, `${letter('是否临时')}2`)?.formulae).toEqual(['"是,否"']);
    expect(validationAt(s, `${letter('群名称')}2`)).toBeUndefined();
    expect(validationAt(ws(wb, '单位'), 'B2')?.formulae).toEqual(['"区直部门,街道,镇,社区,村"']);
  });

  it('gives wrapped long text a row tall enough to show it', async () => {
    const long =
      '超出限额：望月湖街道限 10 个，按业务分类并入“望月湖街道党建工作群”，合并后 120 人，未超过微信 500 人上限。';
    const bytes = await renderReportXlsx({
      title: 't',
      problems: [],
      sheets: [
        {
          name: 'S',
          titleLines: [],
          orientation: 'portrait',
          noteLines: [],
          tables: [
            {
              heading: null,
              columns: [{ header: '理由', width: 20, kind: 'text', wrap: true }],
              rows: rowsOf([['短'], [long]]),
              totals: null,
            },
          ],
        },
      ],
    });
    const s = ws(await load(bytes), 'S');
    expect(s.getRow(2).height ?? 15).toBeLessThanOrEqual(15);
    expect(s.getRow(3).height).toBeGreaterThanOrEqual(15 * 5);
    expect(s.getCell('A3').alignment?.wrapText).toBe(true);
  });
});
