/**
 * 转到该行: a problem's row among its neighbours, as the sheet holds it (the clerk's corrections
 * laid over), under the sheet's header row, with the problem's cell marked; from here the cell can
 * be corrected or the row excluded. The rows come from the host's session (sheetRows).
 */
import { useEffect, useState } from 'react';
import type { RawCell } from '../../../core/import/raw';
import type { Problem } from '../../../core/problems';
import type { SheetRows } from '../../../preload/contract';
import { Dialog } from '../../components/Dialog';
import { gridLetters, gridRows, rowRole } from '../model/grid';
import { cellOf, messageWithoutPlace, placeText, rowRefOf } from '../model/problems';
import { editedValue, findSheet, isExcluded, type WizardState } from '../model/wizard';
import { SheetGrid } from '../SheetGrid';
import type { WizardActions } from '../useImportWizard';
import { CellEditor } from './CellEditor';

const AROUND = 4;

export function RowContext({
  problem,
  state,
  actions,
  onClose,
}: {
  problem: Problem;
  state: WizardState;
  actions: WizardActions;
  onClose: () => void;
}) {
  const ref = rowRefOf(problem);
  const cell = cellOf(problem);
  const [rows, setRows] = useState<SheetRows | null>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!ref) return;
    let live = true;
    const first = Math.max(1, ref.row - AROUND);
    void actions.loadRows(ref, first, AROUND * 2 + 1).then((r) => {
      if (live && r) setRows(r);
    });
    return () => {
      live = false;
    };
    // The row is fixed for the dialog's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!ref) return null;
  const sheet = findSheet(state, ref);
  const headerRow = sheet?.headerRow ?? null;
  const header = headerRow !== null ? (sheet?.analysis.preview[headerRow - 1] ?? null) : null;
  const showHeader = header !== null && rows !== null && headerRow !== null && headerRow < rows.firstRow;
  const body: RawCell[][] = rows ? rows.rows : [];
  const all = showHeader && header ? [header, ...body] : body;
  const letters = gridLetters(all, (cell?.column ?? 0) + 1);
  const edits = state.cellEdits.filter((e) => e.file === ref.file && e.sheet === ref.sheet);
  const headerCells =
    showHeader && header && headerRow !== null ? gridRows([header], headerRow, edits, letters.length) : [];
  const bodyCells = rows ? gridRows(body, rows.firstRow, edits, letters.length) : [];
  const excluded = isExcluded(state, ref);
  const place = placeText(problem);
  const current =
    cell === null
      ? undefined
      : (editedValue(state, ref, cell.column) ??
        (rows ? (rows.rows[ref.row - rows.firstRow]?.[cell.column] ?? null) : undefined));

  return (
    <Dialog
      title={`${ref.file} · 工作表“${ref.sheet}” · 第 ${ref.row} 行`}
      className="dialog-wide"
      onClose={onClose}
      actions={
        <>
          {cell && !editing && (
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              修改该单元格
            </button>
          )}
          <button
            type="button"
            className="btn"
            onClick={() => {
              actions.setRowExcluded(ref, !excluded);
              onClose();
            }}
          >
            {excluded ? '恢复此行' : '排除此行'}
          </button>
          <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus="true">
            关闭
          </button>
        </>
      }
    >
      <p className={problem.level === 'error' ? 'text-danger' : 'text-warn'}>
        {messageWithoutPlace(problem)}
      </p>
      {rows === null ? (
        <p className="muted">正在读取…</p>
      ) : (
        <>
          {showHeader && headerRow !== null && headerRow < ref.row - AROUND - 1 && (
            <p className="muted">表头（第 {headerRow} 行）与下面各行之间的行已省略。</p>
          )}
          <SheetGrid
            label={`第 ${ref.row} 行附近`}
            letters={letters}
            rows={[...headerCells, ...bodyCells]}
            roleOf={(row) => rowRole(row, headerRow, 1)}
            mark={{ row: ref.row, column: cell?.column ?? null }}
            excluded={(row) => isExcluded(state, { ...ref, row })}
          />
        </>
      )}
      {editing && cell && (
        <CellEditor
          label={place.column}
          initial={current}
          onSave={(value) => {
            actions.editCell({ ...ref, column: cell.column, value });
            onClose();
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </Dialog>
  );
}
