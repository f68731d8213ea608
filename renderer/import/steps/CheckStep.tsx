/**
 * 5 检查: the import is checked with everything decided so far, and every problem is listed.
 * Errors stop the import until the clerk corrects the cell or excludes the row; warnings are
 * shown and confirmed. An excluded row comes back as a ROW_EXCLUDED warning (nothing silently
 * dropped); 导出问题行 saves the list with the rows' original cells for whoever filled them in.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RawCell } from '../../../core/import/raw';
import type { ImportResult } from '../../../core/import/types';
import type { Problem } from '../../../core/problems';
import { checkCounts } from '../model/gating';
import { cellOf, groupProblems, rowRefOf } from '../model/problems';
import { editedValue, isExcluded, type WizardState } from '../model/wizard';
import type { WizardActions } from '../useImportWizard';
import { ProblemList } from '../check/ProblemList';
import { RowContext } from '../check/RowContext';

interface Editing {
  problem: Problem;
  initial: RawCell | undefined;
}

export function CheckStep({ state, actions }: { state: WizardState; actions: WizardActions }) {
  // While a new check runs, the last one stays on screen (the shell shows that it is checking).
  const [shown, setShown] = useState<ImportResult | null>(state.result);
  if (state.result !== null && state.result !== shown) setShown(state.result);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [context, setContext] = useState<Problem | null>(null);

  const groups = useMemo(() => groupProblems(shown?.problems ?? []), [shown]);
  const counts = checkCounts(state);

  const onToggle = useCallback((key: string) => {
    setCollapsed((now) => {
      const next = new Set(now);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  const onEdit = useCallback(
    (p: Problem) => {
      const cell = cellOf(p);
      if (!cell) return;
      const typed = editedValue(state, cell, cell.column);
      setEditing({ problem: p, initial: typed });
      if (typed !== undefined) return;
      void actions.loadRows(cell, cell.row, 1).then((rows) => {
        const value = rows?.rows[0]?.[cell.column] ?? null;
        setEditing((now) => (now?.problem === p ? { problem: p, initial: value } : now));
      });
    },
    [state, actions],
  );

  const onSaveEdit = useCallback(
    (p: Problem, value: string | null) => {
      const cell = cellOf(p);
      setEditing(null);
      if (cell) actions.editCell({ ...cell, value });
    },
    [actions],
  );

  const onExclude = useCallback(
    (p: Problem, excluded: boolean) => {
      const ref = rowRefOf(p);
      if (ref) actions.setRowExcluded(ref, excluded);
    },
    [actions],
  );

  const excludedOf = useCallback(
    (p: Problem) => {
      const ref = rowRefOf(p);
      return ref !== null && isExcluded(state, ref);
    },
    [state],
  );

  const total = shown?.problems.length ?? 0;
  return (
    <>
      <div className="check-summary">
        {counts === null && shown === null ? (
          <p className="muted">正在检查名单…</p>
        ) : (
          <p role="status">
            {counts ? (
              <>
                <span className={counts.errors ? 'text-danger check-count' : 'text-ok check-count'}>
                  错误 {counts.errors} 条
                </span>
                <span className={counts.warnings ? 'text-warn check-count' : 'muted check-count'}>
                  警告 {counts.warnings} 条
                </span>
                {counts.errors > 0
                  ? '有错误时不能完成导入：请修改单元格，或排除有错的行。'
                  : counts.warnings > 0
                    ? '没有错误。警告不影响导入，请查看后确认。'
                    : '没有发现问题，可以完成导入。'}
              </>
            ) : (
              '正在重新检查…'
            )}
          </p>
        )}
        <span className="check-tools">
          {state.cellEdits.length + state.excludedRows.length > 0 && (
            <span className="muted">
              已修改 {state.cellEdits.length} 个单元格，排除 {state.excludedRows.length} 行
            </span>
          )}
          <button type="button" className="btn btn-small" onClick={() => void actions.runCheck()}>
            重新检查
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={total === 0}
            onClick={() => void actions.exportProblems()}
          >
            导出问题行…
          </button>
        </span>
      </div>
      {counts && counts.errors === 0 && counts.warnings > 0 && (
        <label className="check check-confirm">
          <input
            type="checkbox"
            checked={state.warningsConfirmed}
            onChange={(e) => actions.confirmWarnings(e.target.checked)}
          />
          我已查看下列 {counts.warnings} 条警告，按此导入
        </label>
      )}
      {total > 0 && (
        <ProblemList
          groups={groups}
          collapsed={collapsed}
          onToggle={onToggle}
          isExcluded={excludedOf}
          editing={editing}
          onShow={setContext}
          onEdit={onEdit}
          onSaveEdit={onSaveEdit}
          onCancelEdit={() => setEditing(null)}
          onExclude={onExclude}
        />
      )}
      {context && (
        <RowContext problem={context} state={state} actions={actions} onClose={() => setContext(null)} />
      )}
    </>
  );
}
