/**
 * The import wizard on screen (happy-dom), its host answered by the real importer: through every
 * step with one column mapped by hand, remembered for the next file; a hostile file skipped;
 * a cell corrected and a row excluded in 检查; Esc asks before discarding.
 */
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RawWorkbook } from '../../../core/import/raw';
import type { PlannerApi } from '../../../preload/contract';
import type { WorkspaceStore } from '../../../renderer/store/store';
import { freshDbName, newStore } from '../helpers';
import { button, click, key, renderApp, text, type, until, type Rendered } from '../render';
import { streetWorkbook, wizardApi } from './fixtures';

let store: WorkspaceStore;
let view: Rendered;
let api: PlannerApi;

async function openWizard(
  books: RawWorkbook[],
  failed: string[] = [],
): Promise<ReturnType<typeof wizardApi>> {
  const host = wizardApi(books, failed);
  api = host.api;
  store = newStore(freshDbName(), api);
  view = await renderApp(store);
  await act(() => store.load().then(() => undefined));
  await act(async () => store.setScreen('import'));
  await until(() => text(view.container).includes('选择名单文件…'), 'the wizard');
  return host;
}

// happy-dom lays nothing out: give the virtualised problem list a viewport so it draws its rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
const clientWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
beforeAll(() => {
  const sized = (size: number, own: PropertyDescriptor | undefined) => ({
    configurable: true,
    get(this: Element) {
      return this.classList.contains('problem-list') ? size : (own?.get?.call(this) ?? 0);
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', sized(600, clientHeight));
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', sized(800, clientWidth));
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  if (clientWidth) Object.defineProperty(HTMLElement.prototype, 'clientWidth', clientWidth);
});

afterEach(async () => {
  await view.unmount();
  await store.close();
});

const next = () => button(view.container, '下一步');
const current = () => view.container.querySelector('[aria-current="step"]')?.textContent ?? '';

async function pick(): Promise<void> {
  await click(button(view.container, '选择名单文件…'));
  await until(() => text(view.container).includes('读取情况'), 'the files');
}

async function choose(label: string, value: string): Promise<void> {
  const select = [...view.container.querySelectorAll('select')].find(
    (s) => s.getAttribute('aria-label') === label,
  );
  if (!select) throw new Error(`no select ${label}`);
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function goOn(step: string): Promise<void> {
  await until(() => next()?.disabled === false, `下一步 to ${step}`);
  await click(next());
  await until(() => current().includes(step), step);
}

/** Files → 工作表 → 表头行 → 列对应, with 使用软件 (D) mapped to 平台 by hand. */
async function throughMapping(): Promise<void> {
  await goOn('工作表');
  expect(text(view.container)).toContain('按工作表名称识别');
  await goOn('表头行');
  expect(view.container.querySelector('tr.is-header')?.textContent).toContain('使用软件');
  await goOn('列对应');
  expect(text(view.container)).toContain('缺少必填的列：平台');
  expect(next()?.disabled).toBe(true);
  await choose('D 列（使用软件）导入为', 'platform');
  expect(text(view.container)).not.toContain('缺少必填的列');
  expect(view.container.querySelector('.badge-manual')?.textContent).toBe('手动');
}

async function confirmAndFinish(): Promise<void> {
  const confirm = [...view.container.querySelectorAll('input[type="checkbox"]')].find((i) =>
    i.parentElement?.textContent?.includes('我已查看'),
  );
  if (confirm instanceof HTMLInputElement) await click(confirm);
  await goOn('完成');
}

describe('the import wizard', () => {
  it('imports a roster with one column mapped by hand, and remembers the mapping for the next file', async () => {
    const host = await openWizard([streetWorkbook()]);
    await pick();
    expect(text(view.container)).toContain('Excel 工作簿');
    await throughMapping();
    await goOn('检查');
    // Confirming 列对应 remembered it.
    expect(store.getSnapshot().mappings).toHaveLength(1);
    await until(() => text(view.container).includes('错误 0 条'), 'the check');
    expect(host.requests.at(-1)?.choices[0]?.mapping['platform']).toBe(3);
    expect(next()?.disabled).toBe(true); // the warnings are not confirmed yet
    await confirmAndFinish();
    expect(text(view.container)).toContain('填报日期2026-03-05');
    const date = view.container.querySelector<HTMLInputElement>('input[placeholder="如 2026-03-05"]');
    expect(date?.value).toBe('2026-03-05');
    await click(button(view.container, '创建方案'));
    await until(() => store.getSnapshot().screen === 'board', 'the board');
    expect(store.getSnapshot().open?.rosterName).toBe('银盆岭街道');
    expect(store.getSnapshot().open?.plan.asOf).toBe('2026-03-05');
    expect(api.closeImport).toHaveBeenCalledWith('session-import');

    // The next file with the same headers: no manual step.
    await act(async () => store.setScreen('import'));
    await until(() => text(view.container).includes('选择名单文件…'), 'the wizard again');
    await pick();
    await goOn('工作表');
    expect(text(view.container)).toContain('与上次导入的表头相同，按记住的列对应');
    await goOn('表头行');
    await goOn('列对应');
    expect(text(view.container)).toContain('已按记住的对应导入 5 列');
    expect(view.container.querySelector('.badge-manual')).toBeNull();
    await goOn('检查');
  });

  it('skips a file that could not be read, saying why, and goes on with the others', async () => {
    const host = await openWizard([streetWorkbook()], ['照片.xlsx']);
    await pick();
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('有 1 个文件无法读取，将跳过');
    expect(alert?.textContent).toContain('文件 照片.xlsx 不是 Excel、WPS 或 CSV 表格');
    await throughMapping();
    await goOn('检查');
    await until(() => text(view.container).includes('错误 0 条'), 'the check');
    expect(host.requests.at(-1)?.skippedFiles).toEqual(['照片.xlsx']);
    expect(text(view.container)).toContain('文件 照片.xlsx 已按您的选择跳过，没有导入。');
  });

  it('corrects a cell and excludes a row in 检查 until no error is left', async () => {
    const host = await openWizard([streetWorkbook('银盆岭街道.xlsx', true)]);
    await pick();
    await throughMapping();
    await goOn('检查');
    await until(() => text(view.container).includes('错误 2 条'), 'two errors');
    expect(next()?.disabled).toBe(true);
    expect(text(view.container)).toContain('有错误时不能完成导入');

    const rowOf = (needle: string) =>
      [...view.container.querySelectorAll('.problem')].find((p) => p.textContent?.includes(needle));
    const members = rowOf('第 5 行');
    await click(button(members ?? view.container, '修改'));
    await until(
      () => view.container.querySelector('.cell-editor input:not([disabled])') !== null,
      'the editor',
    );
    const input = view.container.querySelector<HTMLInputElement>('.cell-editor input');
    expect(input?.value).toBe('很多人');
    await type(input, '36');
    await click(button(view.container, '保存修改'));
    await until(() => text(view.container).includes('错误 1 条'), 'one error left');
    expect(host.requests.at(-1)?.cellEdits).toEqual([
      { file: '银盆岭街道.xlsx', sheet: '工作群统计', row: 5, column: 4, value: '36' },
    ]);

    await click(button(rowOf('第 6 行') ?? view.container, '排除此行'));
    await until(() => text(view.container).includes('错误 0 条'), 'no error left');
    expect(host.requests.at(-1)?.excludedRows).toEqual([
      { file: '银盆岭街道.xlsx', sheet: '工作群统计', row: 6 },
    ]);
    // The excluded row is reported, not dropped silently, and can be taken back.
    expect(text(view.container)).toContain('该行已按您的选择排除');
    expect(button(rowOf('第 6 行') ?? view.container, '恢复此行')).toBeDefined();
    await confirmAndFinish();
    await click(button(view.container, '创建方案'));
    await until(() => store.getSnapshot().screen === 'board', 'the board');
    expect(store.getSnapshot().open?.roster.groups.map((g) => g.memberCount)).toEqual([88, 36]);
  });

  it('asks before discarding on Esc, and closes the session when the clerk leaves', async () => {
    await openWizard([streetWorkbook()]);
    // Nothing chosen yet: Esc leaves at once.
    await key(view.container.querySelector('.import-wizard') ?? window, { key: 'Escape' });
    await until(() => store.getSnapshot().screen === 'start', 'left without asking');
    await act(async () => store.setScreen('import'));
    await until(() => text(view.container).includes('选择名单文件…'), 'the wizard again');
    await pick();
    await key(view.container.querySelector('.import-wizard') ?? window, { key: 'Escape' });
    await until(() => text(document.body).includes('已选择的文件和在向导中所做的选择'), 'the question');
    await click(button(document.body, '继续导入'));
    expect(store.getSnapshot().screen).toBe('import');
    await click(button(view.container, '取消'));
    await click(button(document.body, '放弃导入'));
    await until(() => store.getSnapshot().screen === 'start', 'left');
    expect(vi.mocked(api.closeImport)).toHaveBeenCalledWith('session-import');
  });
});
