/**
 * Correcting one cell in the wizard: the value as read (or as corrected before) in a text field;
 * 保存 records a CellEdit and the check runs again. Enter saves, Esc cancels (and does not leave
 * the wizard). The file itself is never changed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { RawCell } from '../../../core/import/raw';
import { cellText, typedValue } from '../model/grid';

export interface CellEditorProps {
  /** "L 列（群人数）" */
  label: string;
  /** The value now: the clerk's earlier correction, else the cell as read; undefined while loading. */
  initial: RawCell | undefined;
  onSave: (value: string | null) => void;
  onCancel: () => void;
}

export function CellEditor({ label, initial, onSave, onCancel }: CellEditorProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState<string | null>(null);
  const value = text ?? (initial === undefined ? '' : cellText(initial));
  const loading = initial === undefined && text === null;

  useEffect(() => {
    if (!loading) input.current?.focus();
  }, [loading]);

  return (
    <form
      className="cell-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(typedValue(value));
      }}
    >
      <label htmlFor={id}>改为</label>
      <input
        ref={input}
        id={id}
        className="cell-editor-input"
        aria-label={`${label}改为`}
        value={value}
        disabled={loading}
        placeholder={loading ? '正在读取…' : '（空）'}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="submit" className="btn btn-small btn-primary" disabled={loading}>
        保存修改
      </button>
      <button type="button" className="btn btn-small" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}
