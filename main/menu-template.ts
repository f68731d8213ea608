/**
 * The application menu as data, without Electron: main/app/menu.ts turns it into Electron's
 * Menu. Items with a `command` send it to the renderer (MENU_EVENT_CHANNEL), which owns the
 * state they act on; items with a `role` are Electron's own (text editing, quit).
 *
 * Ctrl+Z / Ctrl+Y: on Windows and Linux a menu accelerator only fires for a key the page did not
 * handle, so the renderer's own shortcut handler (which the browser tests use) wins, and a text
 * field's native undo still works; the menu items are the path for the mouse.
 */
import type { MenuCommand } from '../preload/contract';

export type MenuRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit';

export type MenuItemSpec =
  | { kind: 'command'; label: string; command: MenuCommand; accelerator?: string }
  | { kind: 'role'; label: string; role: MenuRole; accelerator?: string }
  | { kind: 'separator' };

export interface MenuSpec {
  label: string;
  items: MenuItemSpec[];
}

const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemSpec =>
  accelerator === undefined
    ? { kind: 'command', label, command: cmd }
    : { kind: 'command', label, command: cmd, accelerator };

const role = (label: string, r: MenuRole, accelerator?: string): MenuItemSpec =>
  accelerator === undefined
    ? { kind: 'role', label, role: r }
    : { kind: 'role', label, role: r, accelerator };

const separator: MenuItemSpec = { kind: 'separator' };

/** The Chinese menu (文件 / 编辑 / 帮助). `platform` is process.platform: macOS quits with Cmd+Q. */
export function menuTemplate(platform: string): MenuSpec[] {
  const mac = platform === 'darwin';
  // Windows shows 文件(F) with the F underlined for Alt+F; macOS menus have no mnemonics.
  const top = (label: string, key: string): string => (mac ? label : `${label}(&${key})`);
  return [
    {
      label: top('文件', 'F'),
      items: [
        command('导入名单…', 'import', 'CmdOrCtrl+O'),
        command('打开示例', 'open-sample'),
        separator,
        command('保存模板…', 'save-template'),
        command('导出报告…', 'export-report', 'CmdOrCtrl+E'),
        separator,
        command('打印…', 'print', 'CmdOrCtrl+P'),
        command('另存为 PDF…', 'save-pdf'),
        separator,
        role('退出', 'quit', mac ? 'Cmd+Q' : 'Alt+F4'),
      ],
    },
    {
      label: top('编辑', 'E'),
      items: [
        command('撤销', 'undo', 'CmdOrCtrl+Z'),
        command('重做', 'redo', mac ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Y'),
        separator,
        role('剪切', 'cut', 'CmdOrCtrl+X'),
        role('复制', 'copy', 'CmdOrCtrl+C'),
        role('粘贴', 'paste', 'CmdOrCtrl+V'),
        role('全选', 'selectAll', 'CmdOrCtrl+A'),
      ],
    },
    {
      label: top('帮助', 'H'),
      items: [command('关于', 'about')],
    },
  ];
}

/** Every command the menu can send, for tests and for the renderer's handling of each. */
export function menuCommands(menu: readonly MenuSpec[]): MenuCommand[] {
  return menu.flatMap((m) => m.items.flatMap((i) => (i.kind === 'command' ? [i.command] : [])));
}
