/** The application menu (main/menu-template.ts) as Electron's Menu. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../preload/contract';
import type { MenuItemSpec, MenuSpec } from '../menu-template';

function item(spec: MenuItemSpec, send: (command: MenuCommand) => void): MenuItemConstructorOptions {
  switch (spec.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return {
        label: spec.label,
        role: spec.role,
        ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
      };
    case 'command':
      return {
        label: spec.label,
        ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
        click: () => send(spec.command),
      };
  }
}

export function buildMenu(spec: readonly MenuSpec[], send: (command: MenuCommand) => void): Menu {
  return Menu.buildFromTemplate(
    spec.map((m) => ({ label: m.label, submenu: m.items.map((i) => item(i, send)) })),
  );
}
