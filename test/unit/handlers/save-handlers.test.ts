import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePlan } from '../../../core/planner/index';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import type { Problem } from '../../../core/problems';
import type { Roster } from '../../../core/roster/model';
import { createHostHandlers, type HostHandlers } from '../../../main/handlers/index';
import { safeXlsxName, withXlsxExtension } from '../../../main/handlers/save-handlers';
import type { HostResult, ReportRequest } from '../../../preload/contract';
import { STREET_SAMPLE, tempDir, TestDialogs, testHost } from './helpers';

function value<T>(result: HostResult<T>): T {
  if (!result.ok) throw new Error(`${result.problem.code}: ${result.problem.message}`);
  return result.value;
}

async function sheetRows(path: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('file names offered by the save dialog', () => {
  it.each([
    ['岳麓区工作群精简报告.xlsx', '岳麓区工作群精简报告.xlsx'],
    ['望月湖街道方案', '望月湖街道方案.xlsx'],
    ['..\\..\\Windows\\system32\\x.xlsx', '_.._Windows_system32_x.xlsx'],
    ['a/b:c*d?"e"<f>|g.XLSX', 'a_b_c_d__e__f__g.xlsx'],
    ['  报告。 . ', '报告。.xlsx'],
    ['', '默认.xlsx'],
    ['...', '默认.xlsx'],
    ['CON', '默认.xlsx'],
    ['x'.repeat(300), `${'x'.repeat(120)}.xlsx`],
  ])('%j → %j', (suggested, expected) => {
    expect(safeXlsxName(suggested, '默认.xlsx')).toBe(expected);
  });

  it.each([
    ['/tmp/报告.xlsx', '/tmp/报告.xlsx'],
    ['/tmp/报告.XLSX', '/tmp/报告.XLSX'],
    ['/tmp/报告', '/tmp/报告.xlsx'],
    ['/tmp/报告.xls', '/tmp/报告.xls.xlsx'],
  ])('saving to %j writes %j', (chosen, written) => {
    expect(withXlsxExtension(chosen)).toBe(written);
  });
});

describe('saving the template, the report and the problem rows', () => {
  let dialogs: TestDialogs;
  let handlers: HostHandlers;
  let dir: string;
  let sessionId: string;
  let roster: Roster;

  beforeAll(async () => {
    dialogs = new TestDialogs();
    handlers = createHostHandlers(testHost(dialogs));
    dir = await tempDir();
    const session = value(await handlers.openSample());
    sessionId = session.sessionId;
    const imported = value(
      await handlers.importRoster(sessionId, {
        choices: [],
        savedMappings: [],
        cellEdits: [],
        excludedRows: [],
        policy: YUELU_POLICY,
      }),
    );
    if (!imported.roster) throw new Error('the street sample imports');
    roster = imported.roster;
  });

  it('saves the template under the name the dialog returns, offering 标准模板.xlsx', async () => {
    dialogs.savePath = join(dir, '模板');
    const saved = value(await handlers.saveTemplate());
    expect(saved).toEqual({ path: join(dir, '模板.xlsx') });
    expect(dialogs.saveRequests.at(-1)).toEqual({
      title: '保存标准模板',
      defaultName: '标准模板.xlsx',
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    expect((await readFile(saved?.path ?? '')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('never saves over a roster file read in this run', async () => {
    dialogs.savePath = STREET_SAMPLE;
    const before = await readFile(STREET_SAMPLE);
    const result = await handlers.saveTemplate();
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'FILE_TARGET_IS_INPUT', file: '示例-望月湖街道.xlsx' },
    });
    expect((await readFile(STREET_SAMPLE)).equals(before)).toBe(true);
  });

  it('writes the report of a plan, with the name suggested by the renderer offered', async () => {
    const { plan } = makePlan(roster, YUELU_POLICY, {
      asOf: roster.reportDate ?? '2026-03-05',
      useClerkPlan: true,
    });
    const reportRequest: ReportRequest = {
      roster,
      plan,
      policy: YUELU_POLICY,
      maskPersonalNumbers: true,
      preparedBy: '李四',
      suggestedName: '望月湖街道/精简报告',
    };
    dialogs.savePath = join(dir, '望月湖街道_精简报告.xlsx');
    const saved = value(await handlers.exportReport(reportRequest));
    expect(dialogs.saveRequests.at(-1)?.defaultName).toBe('望月湖街道_精简报告.xlsx');
    expect(saved?.path).toBe(join(dir, '望月湖街道_精简报告.xlsx'));
    expect(saved?.warnings).toEqual([]);
    const summary = await sheetRows(saved?.path ?? '', '汇总');
    expect(JSON.stringify(summary)).toContain('李四');

    dialogs.savePath = null;
    expect(await handlers.exportReport(reportRequest)).toEqual({ ok: true, value: null });
  });

  it('reports a folder that cannot be written as FILE_WRITE_FAILED, in Chinese', async () => {
    dialogs.savePath = join(dir, '不存在的文件夹', '报告.xlsx');
    const result = await handlers.saveTemplate();
    expect(result).toMatchObject({ ok: false, problem: { code: 'FILE_WRITE_FAILED', file: '报告.xlsx' } });
    if (!result.ok) expect(result.problem.message).toContain('保存位置的文件夹不存在');
  });

  it('exports the problem rows sorted by place, with 文件/工作表/行/列/问题 columns', async () => {
    const at = (
      row: number | null,
      code: Problem['code'],
      message: string,
      level: Problem['level'] = 'error',
    ): Problem => ({
      level,
      code,
      message,
      file: '示例-望月湖街道.xlsx',
      sheet: row === null ? null : '工作群',
      row,
      column: row === null ? null : 'H',
      header: row === null ? null : '成员数',
    });
    const problems = [
      at(9, 'CELL_BAD_NUMBER', '第 9 行成员数不是数字'),
      at(4, 'CELL_BAD_DATE', '第 4 行日期无法识别', 'warning'),
      at(null, 'FILE_ENCODING_GUESSED', '编码是猜的', 'warning'),
    ];
    await mkdir(join(dir, 'rows'), { recursive: true });
    dialogs.savePath = join(dir, 'rows', '问题.xlsx');
    const saved = value(await handlers.exportProblemRows(sessionId, problems));
    expect(dialogs.saveRequests.at(-1)?.defaultName).toBe('导入问题清单.xlsx');
    expect(existsSync(saved?.path ?? '')).toBe(true);
    const rows = await sheetRows(saved?.path ?? '', '问题清单');
    const header = rows.findIndex((r) => r[0] === '文件');
    expect(rows[header]?.slice(0, 7)).toEqual(['文件', '工作表', '行', '列', '表头', '级别', '问题']);
    const body = rows.slice(header + 1).map((r) => [r[2] ?? null, r[5], r[6]]);
    expect(body).toEqual([
      [null, '警告', '编码是猜的'],
      [4, '警告', '第 4 行日期无法识别'],
      [9, '错误', '第 9 行成员数不是数字'],
    ]);
  });
});
