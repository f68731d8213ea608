import { describe, expect, it } from 'vitest';
import { menuCommands, menuTemplate, type MenuItemSpec } from '../../../main/menu-template';
import { MENU_COMMANDS } from '../../../preload/contract';

const describeItem = (i: MenuItemSpec): string =>
  i.kind === 'separator'
    ? '---'
    : `${i.label}${i.accelerator ? ` [${i.accelerator}]` : ''} → ${i.kind === 'command' ? i.command : `role:${i.role}`}`;

describe('the application menu', () => {
  it('is the Chinese 文件 / 编辑 / 帮助 menu with the usual Windows shortcuts', () => {
    const menu = menuTemplate('win32');
    expect(menu.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '帮助(&H)']);
    expect(menu.map((m) => m.items.map(describeItem))).toEqual([
      [
        '导入名单… [CmdOrCtrl+O] → import',
        '打开示例 → open-sample',
        '---',
        '保存模板… → save-template',
        '导出报告… [CmdOrCtrl+E] → export-report',
        '---',
        '打印… [CmdOrCtrl+P] → print',
        '另存为 PDF… → save-pdf',
        '---',
        '退出 [Alt+F4] → role:quit',
      ],
      [
        '撤销 [CmdOrCtrl+Z] → undo',
        '重做 [CmdOrCtrl+Y] → redo',
        '---',
        '剪切 [CmdOrCtrl+X] → role:cut',
        '复制 [CmdOrCtrl+C] → role:copy',
        '粘贴 [CmdOrCtrl+V] → role:paste',
        '全选 [CmdOrCtrl+A] → role:selectAll',
      ],
      ['关于 → about'],
    ]);
  });

  it('sends every menu command of the contract, each from one item', () => {
    for (const platform of ['win32', 'linux', 'darwin']) {
      const commands = menuCommands(menuTemplate(platform));
      expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort());
    }
  });

  it('has no mnemonics and the Mac shortcuts on macOS', () => {
    const mac = menuTemplate('darwin');
    expect(mac.map((m) => m.label)).toEqual(['文件', '编辑', '帮助']);
    const items = mac.flatMap((m) => m.items.map(describeItem));
    expect(items).toContain('退出 [Cmd+Q] → role:quit');
    expect(items).toContain('重做 [Cmd+Shift+Z] → redo');
  });

  it('uses each accelerator once', () => {
    for (const platform of ['win32', 'linux', 'darwin']) {
      const accelerators = menuTemplate(platform).flatMap((m) =>
        m.items.flatMap((i) => (i.kind !== 'separator' && i.accelerator ? [i.accelerator] : [])),
      );
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});
