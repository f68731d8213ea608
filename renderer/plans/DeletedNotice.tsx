/** The bar that offers 撤销 after a plan was deleted; closing it forgets the plan for good. */
import { useEffect, useRef } from 'react';

export interface DeletedNoticeProps {
  name: string;
  rosterName: string | null;
  onUndo: () => void;
  onDismiss: () => void;
  /** Move the focus to 撤销 (the row whose 删除 had it is gone). */
  focus: boolean;
}

export function DeletedNotice({ name, rosterName, onUndo, onDismiss, focus }: DeletedNoticeProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) undo.current?.focus();
  }, [focus]);
  return (
    <div className="plans-notice" role="status">
      <span>
        已删除方案“{name}”{rosterName ? `（${rosterName}）` : ''}。关闭此提示前可以撤销。
      </span>
      <button ref={undo} type="button" className="btn btn-small" onClick={onUndo}>
        撤销删除
      </button>
      <button
        type="button"
        className="btn btn-small btn-quiet plans-notice-close"
        aria-label="关闭提示，不再恢复"
        title="关闭提示（删除的方案将不能再恢复）"
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
