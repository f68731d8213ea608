/**
 * 并入…: pick the group to merge into, by typing part of its name. Open groups of the same unit
 * come first; others are offered too, marked 其他单位 (the merge dialog then warns). Arrow keys
 * move through the list, Enter picks; the merge dialog follows.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../components/Dialog';
import { PlatformBadge } from './CardBody';
import type { BoardData } from './model/board-data';
import { mergeCandidates } from './model/menu';

export function MergePicker({
  data,
  sourceIds,
  onPick,
  onCancel,
}: {
  data: BoardData;
  sourceIds: string[];
  onPick(targetId: string): void;
  onCancel(): void;
}) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const { items, more } = useMemo(() => mergeCandidates(data, sourceIds, query), [data, sourceIds, query]);
  const current = items[Math.min(at, items.length - 1)];
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (current)
      document.getElementById(`${listId}-${items.indexOf(current)}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, items, listId]);

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setAt((i) => Math.min(i + 1, items.length - 1));
    else if (e.key === 'ArrowUp') setAt((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && current) onPick(current.id);
    else return;
    e.preventDefault();
  };
  const who = sourceIds.length === 1 ? `“${data.nameOf(sourceIds[0] ?? '')}”` : `${sourceIds.length} 个群`;
  return (
    <Dialog
      title={`把${who}并入…`}
      onClose={onCancel}
      className="picker-dialog"
      actions={
        <>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!current}
            onClick={() => current && onPick(current.id)}
          >
            下一步
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            取消
          </button>
        </>
      }
    >
      <label htmlFor={`${listId}-q`}>目标群（输入名称或单位查找）</label>
      <input
        id={`${listId}-q`}
        ref={input}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current ? `${listId}-${items.indexOf(current)}` : undefined}
        aria-autocomplete="list"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setAt(0);
        }}
        onKeyDown={onKey}
      />
      <ul id={listId} role="listbox" className="picker-list" aria-label="可以并入的群">
        {items.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={c === current}
            className={c === current ? 'is-current' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(c.id)}
          >
            <PlatformBadge platform={c.platform} />
            <span className="picker-name">{c.name}</span>
            {c.created && <span className="tag tag-new">新建</span>}
            <span className="picker-unit">{c.unitName}</span>
            {!c.sameUnit && <span className="flag flag-warn">其他单位</span>}
          </li>
        ))}
        {items.length === 0 && <li className="picker-none">没有找到可以并入的群</li>}
      </ul>
      {more > 0 && <p className="muted">另有 {more} 个群未列出，请输入名称缩小范围。</p>}
    </Dialog>
  );
}
