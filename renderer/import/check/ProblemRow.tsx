/**
 * One problem of the 检查 list: where (file / sheet / row / column (header)), what, and — when it
 * names a row — 转到该行, 修改 (when it names a cell), 排除此行, or 恢复此行 for a row excluded.
 */
import { memo } from 'react';
import type { RawCell } from '../../../core/import/raw';
import type { Problem } from '../../../core/problems';
import { cellOf, messageWithoutPlace, placeText, rowRefOf } from '../model/problems';
import { CellEditor } from './CellEditor';

export interface ProblemRowProps {
  problem: Problem;
  /** The row is in the clerk's exclusions. */
  excluded: boolean;
  /** This problem's cell is being corrected; `initial` is its value (undefined while loading). */
  editing: { initial: RawCell | undefined } | null;
  onShow: (p: Problem) => void;
  onEdit: (p: Problem) => void;
  onSaveEdit: (p: Problem, value: string | null) => void;
  onCancelEdit: () => void;
  onExclude: (p: Problem, excluded: boolean) => void;
}

export const ProblemRow = memo(function ProblemRow({
  problem: p,
  excluded,
  editing,
  onShow,
  onEdit,
  onSaveEdit,
  onCancelEdit,
  onExclude,
}: ProblemRowProps) {
  const place = placeText(p);
  const row = rowRefOf(p);
  const cell = cellOf(p);
  const where = [place.file, place.sheet && `工作表“${place.sheet}”`, place.row, place.column]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className={`problem problem-${p.level}`}>
      <div className="problem-line">
        <span className="problem-place">{where || '整个导入'}</span>
        {row && (
          <span className="problem-actions">
            <button type="button" className="btn btn-small btn-quiet" onClick={() => onShow(p)}>
              转到该行
            </button>
            {cell && p.code !== 'ROW_EXCLUDED' && (
              <button
                type="button"
                className="btn btn-small btn-quiet"
                aria-expanded={editing !== null}
                onClick={() => (editing ? onCancelEdit() : onEdit(p))}
              >
                修改
              </button>
            )}
            <button type="button" className="btn btn-small btn-quiet" onClick={() => onExclude(p, !excluded)}>
              {excluded ? '恢复此行' : '排除此行'}
            </button>
          </span>
        )}
      </div>
      <p className="problem-message">{messageWithoutPlace(p)}</p>
      {editing && cell && (
        <CellEditor
          label={place.column}
          initial={editing.initial}
          onSave={(value) => onSaveEdit(p, value)}
          onCancel={onCancelEdit}
        />
      )}
    </div>
  );
});
