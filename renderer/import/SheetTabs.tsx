/**
 * Which of the imported sheets a step shows (表头行, 列对应 go one sheet at a time). A sheet that
 * still needs the clerk is marked, so none is forgotten.
 */
import { useState } from 'react';
import { SHEET_KIND_LABELS } from '../../core/import/fields';
import { sameSheet, type SheetRef, type SheetState } from './model/wizard';

export function useSheetChoice(
  sheets: readonly SheetState[],
  needsWork: (s: SheetState) => boolean,
): [SheetState | undefined, (ref: SheetRef) => void] {
  const [chosen, setChosen] = useState<SheetRef | null>(() => sheets.find(needsWork) ?? sheets[0] ?? null);
  const current = (chosen && sheets.find((s) => sameSheet(s, chosen))) || sheets[0];
  return [current, (ref) => setChosen({ file: ref.file, sheet: ref.sheet })];
}

export function SheetTabs({
  sheets,
  current,
  onChoose,
  needsWork,
}: {
  sheets: readonly SheetState[];
  current: SheetState | undefined;
  onChoose: (ref: SheetRef) => void;
  needsWork: (s: SheetState) => boolean;
}) {
  if (sheets.length < 2) return null;
  const manyFiles = new Set(sheets.map((s) => s.file)).size > 1;
  return (
    <div className="sheet-tabs" role="group" aria-label="工作表">
      {sheets.map((s) => {
        const here = current !== undefined && sameSheet(s, current);
        const todo = needsWork(s);
        return (
          <button
            key={`${s.file}\u0000${s.sheet}`}
            type="button"
            className={`sheet-tab${here ? ' is-current' : ''}${todo ? ' needs-work' : ''}`}
            aria-pressed={here}
            onClick={() => onChoose(s)}
          >
            {manyFiles && <span className="sheet-tab-file">{s.file}</span>}
            <span>
              {s.sheet}
              {s.kind && <span className="muted">（{SHEET_KIND_LABELS[s.kind]}）</span>}
            </span>
            {todo && (
              <span className="sheet-tab-todo" aria-label="需要处理">
                !
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
