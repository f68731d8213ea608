/**
 * Keyboard shortcuts and the application menu's commands. Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo
 * and redo the plan — except in a text field, where they stay the field's own undo. The menu
 * (文件 / 编辑) sends commands through window.api.onMenuCommand.
 */
import { useEffect } from 'react';
import { runMenuCommand } from '../store/host';
import type { WorkspaceStore } from '../store/store';

export type Shortcut = 'undo' | 'redo';

/** Which shortcut a key event is, or null. */
export function shortcutOf(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): Shortcut | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** True for targets whose own Ctrl+Z (text undo) must win. */
export function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return target instanceof HTMLSelectElement;
}

export function useShortcuts(store: WorkspaceStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const shortcut = shortcutOf(e);
      if (!shortcut || e.defaultPrevented || isTextEditing(e.target)) return;
      e.preventDefault();
      void (shortcut === 'undo' ? store.undo() : store.redo());
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = store.api?.onMenuCommand((command) => {
      // 编辑 → 撤销 while typing in a field undoes the typing, as everywhere in Windows.
      if ((command === 'undo' || command === 'redo') && isTextEditing(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      runMenuCommand(store, command);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe?.();
    };
  }, [store]);
}
