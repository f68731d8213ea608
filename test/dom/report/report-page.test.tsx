/**
 * 报告 in the app: the 汇总表 of the open plan drawn from the print model, the 处置清单 only when
 * ticked, and the toolbar's 打印 / 另存为 PDF / 导出报告 reaching the host with the page's choices.
 */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlannerApi } from '../../../preload/contract';
import { setReportChoices, DEFAULT_REPORT_CHOICES } from '../../../renderer/report/options';
import { startWorkspace } from '../../../renderer/store/host';
import type { WorkspaceStore } from '../../../renderer/store/store';
import { fakeApi, freshDbName, newStore } from '../helpers';
import { button, click, renderApp, text, until, type Rendered } from '../render';

let store: WorkspaceStore;
let view: Rendered;
let api: PlannerApi;

async function openReport(): Promise<HTMLElement> {
  api = fakeApi();
  store = newStore(freshDbName(), api);
  view = await renderApp(store);
  await act(() => startWorkspace(store));
  await until(() => store.getSnapshot().open !== null, 'the sample');
  await act(() => store.saveSettings({ clerkName: '张三', clerkUnit: '区委网信办' }));
  await click(button(view.container, '报告'));
  await until(() => view.container.querySelector('[data-report-ready="true"]') !== null, 'the preview');
  const preview = view.container.querySelector<HTMLElement>('.report-print-root');
  if (!preview) throw new Error('no preview');
  return preview;
}

const checkbox = (label: string): HTMLInputElement => {
  const found = [...view.container.querySelectorAll('label')].find((l) => l.textContent?.includes(label));
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no checkbox ${label}`);
  return input;
};

afterEach(async () => {
  await view.unmount();
  await store.close();
  setReportChoices(DEFAULT_REPORT_CHOICES);
});

describe('the report page', () => {
  it('draws the 汇总表: title, totals, one row per unit and the signature with 制表人', async () => {
    const preview = await openReport();
    const open = store.getSnapshot().open;
    if (!open) throw new Error('no plan');
    expect(preview.querySelector('h1')?.textContent).toMatch(/工作群精简方案汇总表$/);
    expect(text(preview)).toContain(`方案日期：${open.plan.asOf}`);
    expect(text(preview)).toMatch(/工作群 6 → \d+，压缩/);
    const unitTable = preview.querySelector('table[aria-label="各单位精简前后对照"]');
    const firstCells = [...(unitTable?.querySelectorAll('tbody tr') ?? [])].map(
      (tr) => tr.querySelector('td')?.textContent,
    );
    expect(firstCells).toEqual(expect.arrayContaining(['S', 'C1', 'D', '合计']));
    expect(unitTable?.querySelectorAll('thead th')).toHaveLength(8);
    const signature = preview.querySelector('.report-signature')?.textContent;
    expect(signature).toBe('制表人：区委网信办 张三审核人：日期：');
    expect(preview.querySelector('.report-landscape')).toBeNull();
  });

  it('adds the 处置清单 as a landscape section when ticked', async () => {
    const preview = await openReport();
    await click(checkbox('附处置清单'));
    await until(() => preview.querySelector('.report-landscape') !== null, 'the action list');
    const rows = preview.querySelectorAll('table[aria-label="处置清单"] tbody tr');
    expect(rows).toHaveLength(6); // every work group of the test roster
  });

  it('prints, saves the PDF under the plan’s name and exports with the masking choice', async () => {
    await openReport();
    await click(button(view.container, '打印…'));
    await until(() => vi.mocked(api.printReport).mock.calls.length === 1, 'print');
    await until(() => store.getSnapshot().toasts.some((t) => t.text === '已发送到打印机。'), 'print toast');

    await click(button(view.container, '另存为 PDF…'));
    await until(() => vi.mocked(api.saveReportPdf).mock.calls.length === 1, 'pdf');
    const open = store.getSnapshot().open;
    expect(api.saveReportPdf).toHaveBeenCalledWith(
      `工作群精简方案汇总表-${open?.rosterName}-${open?.planName}-${open?.plan.asOf}.pdf`,
    );

    await click(checkbox('隐去手机号'));
    await click(button(view.container, '导出报告…'));
    await until(() => vi.mocked(api.exportReport).mock.calls.length === 1, 'export');
    expect(api.exportReport).toHaveBeenCalledWith(
      expect.objectContaining({ maskPersonalNumbers: true, preparedBy: '区委网信办 张三' }),
    );
  });

  it('shows a failed print as a toast with the host’s message', async () => {
    await openReport();
    vi.mocked(api.printReport).mockResolvedValueOnce({
      ok: false,
      problem: {
        level: 'error',
        code: 'PRINT_FAILED',
        message: '打印没有完成：系统打印对话框报告了错误。',
        file: null,
        sheet: null,
        row: null,
        column: null,
        header: null,
      },
    });
    await click(button(view.container, '打印…'));
    await until(
      () => store.getSnapshot().toasts.some((t) => t.text === '打印没有完成：系统打印对话框报告了错误。'),
      'error toast',
    );
  });
});
