import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand, PlannerApi } from '../../../preload/contract';
import { installGlobalErrorHandlers } from '../../../renderer/errors/global';
import { FIRST_RUN_NOTICE, startWorkspace } from '../../../renderer/store/host';
import type { WorkspaceStore } from '../../../renderer/store/store';
import { fakeApi, freshDbName, newStore } from '../helpers';
import { button, click, key, renderApp, text, type, until, type Rendered } from '../render';

let store: WorkspaceStore;
let view: Rendered;
let menu: (command: MenuCommand) => void = () => undefined;
let api: PlannerApi;

async function startApp(): Promise<void> {
  api = fakeApi(undefined, {
    onMenuCommand: vi.fn((listener: (c: MenuCommand) => void) => {
      menu = listener;
      return () => undefined;
    }),
  });
  store = newStore(freshDbName(), api);
  view = await renderApp(store);
  await act(() => startWorkspace(store));
  await until(
    () => text(view.container).includes('整理看板') && store.getSnapshot().open !== null,
    'the sample',
  );
}

const toastTexts = () => store.getSnapshot().toasts.map((t) => t.text);

afterEach(async () => {
  await view.unmount();
  await store.close();
});

describe('the shell', () => {
  it('opens the sample on the first run, names it in the top bar and shows the notice', async () => {
    await startApp();
    const bar = view.container.querySelector('.topbar');
    expect(bar?.textContent).toContain('示例-岳麓区');
    expect(bar?.textContent).toContain('方案一');
    expect(text(document.body)).toContain(FIRST_RUN_NOTICE('示例-岳麓区'));
    expect(view.container.querySelector('[aria-current="page"]')?.textContent).toBe('整理看板');
  });

  it('enables 撤销/重做 with the step as tooltip, and runs them from the buttons and the keyboard', async () => {
    await startApp();
    const undo = () => button(view.container, /^撤销/);
    expect(undo()?.disabled).toBe(true);
    expect(undo()?.title).toBe('没有可撤销的操作');
    await act(() => store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散“c群”'));
    await until(() => undo()?.disabled === false, 'undo enabled');
    expect(undo()?.title).toBe('撤销：解散“c群”（Ctrl+Z）');
    expect(undo()?.getAttribute('aria-label')).toBe('撤销：解散“c群”');

    await key(window, { key: 'z', ctrlKey: true });
    await until(() => store.getSnapshot().history.canRedo, 'undone by Ctrl+Z');
    expect(button(view.container, /^重做/)?.title).toBe('重做：解散“c群”（Ctrl+Y）');
    await key(window, { key: 'y', ctrlKey: true });
    await until(() => store.getSnapshot().history.canUndo, 'redone by Ctrl+Y');
    await key(window, { key: 'z', ctrlKey: true });
    await until(() => store.getSnapshot().history.canRedo, 'undone again');
    await key(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    await until(() => !store.getSnapshot().history.canRedo, 'redone by Ctrl+Shift+Z');
    await click(undo());
    await until(() => store.getSnapshot().history.canRedo, 'undone by the button');
  });

  it('leaves Ctrl+Z to a text field while typing', async () => {
    await startApp();
    await act(() => store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散'));
    await click(button(view.container, '设置'));
    const input = view.container.querySelector('input');
    if (!input) throw new Error('no input');
    await type(input, '张');
    await key(input, { key: 'z', ctrlKey: true });
    await act(() => store.idle());
    expect(store.getSnapshot().history.canUndo).toBe(true);
  });

  it('routes the menu commands', async () => {
    await startApp();
    await act(async () => menu('print'));
    await until(() => toastTexts().includes('已发送到打印机。'), 'print toast');
    expect(store.getSnapshot().screen).toBe('report');
    await act(async () => menu('save-pdf'));
    await until(() => toastTexts().includes('PDF 已保存：C:\\Users\\clerk\\报告.pdf'), 'pdf toast');
    expect(api.saveReportPdf).toHaveBeenCalledWith('工作群精简方案汇总表-示例-岳麓区-方案一-2026-03-05.pdf');
    await act(async () => menu('save-template'));
    await until(() => toastTexts().includes('模板已保存：C:\\Users\\clerk\\标准模板.xlsx'), 'template toast');
    await act(() => store.saveSettings({ clerkName: '张三', clerkUnit: '区委网信办' }));
    await act(async () => menu('export-report'));
    await until(() => toastTexts().includes('报告已保存：C:\\Users\\clerk\\报告.xlsx'), 'report toast');
    expect(api.exportReport).toHaveBeenCalledWith(
      expect.objectContaining({
        preparedBy: '区委网信办 张三',
        maskPersonalNumbers: false,
        suggestedName: '工作群精简报告-示例-岳麓区-方案一-2026-03-05.xlsx',
      }),
    );
    await act(() => store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散'));
    await act(async () => menu('undo'));
    await until(() => store.getSnapshot().history.canRedo, 'menu undo');
    await act(async () => menu('redo'));
    await until(() => store.getSnapshot().history.canUndo, 'menu redo');
    await act(async () => menu('import'));
    await until(() => text(view.container).includes('选择名单文件'), 'import screen');
  });

  it('shows a host failure as a toast in Chinese', async () => {
    await startApp();
    vi.mocked(api.saveTemplate).mockResolvedValueOnce({
      ok: false,
      problem: {
        level: 'error',
        code: 'FILE_TARGET_LOCKED',
        message: '文件 标准模板.xlsx 正被其他程序打开，请关闭后再保存。',
        file: '标准模板.xlsx',
        sheet: null,
        row: null,
        column: null,
        header: null,
      },
    });
    await act(async () => menu('save-template'));
    await until(
      () => toastTexts().includes('文件 标准模板.xlsx 正被其他程序打开，请关闭后再保存。'),
      'toast',
    );
    vi.mocked(api.saveTemplate).mockRejectedValueOnce(new Error('bridge down'));
    await act(async () => menu('save-template'));
    await until(() => toastTexts().includes('与程序主进程通信失败，操作没有完成。'), 'bridge toast');
  });

  it('puts an uncaught error in the error dialog with its detail', async () => {
    await startApp();
    const uninstall = installGlobalErrorHandlers(window, store);
    try {
      await act(async () => {
        window.dispatchEvent(new ErrorEvent('error', { message: 'boom', error: new TypeError('boom') }));
      });
      await until(() => text(document.body).includes('程序出现意外错误。'), 'dialog');
      const detail = document.querySelector('.error-detail');
      expect(detail?.querySelector('summary')?.textContent).toBe('详细信息');
      expect(detail?.textContent).toContain('TypeError: boom');
      window.dispatchEvent(
        new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' }),
      );
      await click(button(document.body, '关闭'));
      expect(store.getSnapshot().fatal).toBeNull();
    } finally {
      uninstall();
    }
  });
});

describe('清除本机数据', () => {
  it('asks first, naming what will be deleted; 取消 keeps everything', async () => {
    await startApp();
    await click(button(view.container, '设置'));
    await click(button(view.container, '清除本机数据…'));
    const dialog = document.querySelector('dialog');
    expect(dialog?.getAttribute('role')).toBe('alertdialog');
    expect(dialog?.textContent).toContain('全部 1 份名单和 1 个方案');
    await click(button(document.body, '取消'));
    expect(document.querySelector('dialog')).toBeNull();
    expect(store.getSnapshot().plans).toHaveLength(1);

    await click(button(view.container, '清除本机数据…'));
    await click(button(document.body, '清除全部数据'));
    await until(() => store.getSnapshot().plans.length === 0, 'cleared');
    expect(store.getSnapshot().screen).toBe('start');
    expect(text(view.container)).toContain('还没有保存的方案');
  });
});
