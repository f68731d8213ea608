/** 转出: which non-work category the groups become (asked when rule 1 has no suggestion). */
import { useEffect, useRef, useState } from 'react';
import { NON_WORK_CATEGORIES, type NonWorkCategory } from '../../core/roster/model';
import { Dialog } from '../components/Dialog';

export function CategoryDialog({
  count,
  onConfirm,
  onCancel,
}: {
  count: number;
  onConfirm(category: NonWorkCategory | null): void;
  onCancel(): void;
}) {
  const [choice, setChoice] = useState<NonWorkCategory | null>(NON_WORK_CATEGORIES[0]);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <Dialog
      title="转出为非工作群"
      onClose={onCancel}
      actions={
        <>
          <button ref={confirm} type="button" className="btn btn-primary" onClick={() => onConfirm(choice)}>
            转出
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            取消
          </button>
        </>
      }
    >
      <p>
        {count > 1 ? `这 ${count} 个群` : '这个群'}不是工作群，转出后不计入工作群数量。请选择它属于哪一类：
      </p>
      <fieldset className="merge-modes">
        <legend className="sr-only">非工作群类别</legend>
        {[...NON_WORK_CATEGORIES, null].map((c) => (
          <label key={c ?? 'none'} className="check">
            <input type="radio" name="category" checked={choice === c} onChange={() => setChoice(c)} />
            {c ?? '暂不指定类别'}
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
