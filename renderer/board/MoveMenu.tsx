/**
 * The 移至… popup menu (a card's ⋯ button, right-click, Shift+F10 or the menu key, and the
 * selection bar): ↑/↓/Home/End move, Enter or Space picks, Esc closes and gives the focus back.
 * It is kept inside the window and closes when the clerk clicks elsewhere.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MenuRequest } from './controller';
import type { BoardData } from './model/board-data';
import { menuItems, type MenuCommand } from './model/menu';

export function MoveMenu({
  data,
  request,
  onPick,
  onClose,
}: {
  data: BoardData;
  request: MenuRequest;
  onPick(ids: string[], command: MenuCommand): void;
  onClose(): void;
}) {
  const items = useMemo(() => menuItems(data, request.ids), [data, request.ids]);
  const enabled = items.flatMap((it, i) => (it.disabled ? [] : [i]));
  const [at, setAt] = useState(enabled[0] ?? 0);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: request.x, top: request.y });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const left = Math.max(4, Math.min(request.x, window.innerWidth - r.width - 4));
    const top = Math.max(4, Math.min(request.y, window.innerHeight - r.height - 4));
    if (left !== pos.left || top !== pos.top) setPos({ left, top });
  }, [request, pos]);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>(`[data-index="${at}"]`)?.focus();
  }, [at]);

  useEffect(() => {
    const away = (e: PointerEvent) => {
      if (ref.current && e.target instanceof Node && !ref.current.contains(e.target)) onClose();
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  const close = () => {
    onClose();
    request.returnFocus?.focus();
  };
  const pick = (i: number) => {
    const it = items[i];
    if (!it || it.disabled) return;
    onClose();
    onPick(request.ids, it.command);
  };
  const onKey = (e: KeyboardEvent) => {
    const k = enabled.indexOf(at);
    if (e.key === 'ArrowDown') setAt(enabled[(k + 1) % enabled.length] ?? at);
    else if (e.key === 'ArrowUp') setAt(enabled[(k - 1 + enabled.length) % enabled.length] ?? at);
    else if (e.key === 'Home') setAt(enabled[0] ?? at);
    else if (e.key === 'End') setAt(enabled[enabled.length - 1] ?? at);
    else if (e.key === 'Escape' || e.key === 'Tab') close();
    else if (e.key === 'Enter' || e.key === ' ') pick(at);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const title = request.ids.length > 1 ? `移至…（${request.ids.length} 个群）` : '移至…';
  return (
    <div
      ref={ref}
      className="move-menu"
      role="menu"
      aria-label={title}
      style={{ left: pos.left, top: pos.top }}
      onKeyDown={onKey}
    >
      <div className="move-menu-title" aria-hidden="true">
        {title}
      </div>
      {items.map((it, i) => (
        <div key={it.key} className={it.separated ? 'move-menu-group' : undefined} role="none">
          <button
            type="button"
            role="menuitem"
            data-index={i}
            tabIndex={i === at ? 0 : -1}
            aria-disabled={it.disabled || undefined}
            className={`move-menu-item${it.disabled ? ' is-disabled' : ''}`}
            onClick={() => pick(i)}
            onMouseEnter={() => !it.disabled && setAt(i)}
          >
            {it.label}
          </button>
        </div>
      ))}
    </div>
  );
}
