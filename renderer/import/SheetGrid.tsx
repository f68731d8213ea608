/**
 * Rows of a sheet drawn as Excel shows them: row numbers down the left, column letters across
 * the top, the header row marked and the title rows above it dimmed; optionally one cell
 * highlighted (a problem's cell) and rows that can be clicked (to choose the header row).
 */
import { useEffect, useRef } from 'react';
import type { GridRow, RowRole } from './model/grid';

export interface SheetGridProps {
  label: string;
  letters: string[];
  rows: GridRow[];
  roleOf: (row: number) => RowRole;
  /** A cell to point at (1-based row, 0-based column). */
  mark?: { row: number; column: number | null } | null;
  /** Rows the clerk has excluded. */
  excluded?: (row: number) => boolean;
  /** Makes each row a choice (the header row); the row number becomes a button. */
  onPickRow?: (row: number) => void;
  pickLabel?: (row: number) => string;
}

const ROLE_CLASS: Record<RowRole, string> = { title: 'is-title', header: 'is-header', data: '' };

export function SheetGrid({
  label,
  letters,
  rows,
  roleOf,
  mark,
  excluded,
  onPickRow,
  pickLabel,
}: SheetGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const markRow = mark?.row ?? null;
  const markColumn = mark?.column ?? null;
  // The marked cell may be far to the right: bring it into the grid's view (not the page's).
  useEffect(() => {
    const box = scroller.current;
    const cell = box?.querySelector<HTMLElement>('.is-marked-cell');
    if (!box || !cell) return;
    const left = cell.offsetLeft - (box.clientWidth - cell.offsetWidth) / 2;
    box.scrollLeft = Math.max(0, left);
  }, [markRow, markColumn, rows.length]);
  return (
    <div ref={scroller} className="sheet-grid-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="sheet-grid">
        <thead>
          <tr>
            <th scope="col" className="sheet-grid-corner">
              <span className="sr-only">行号</span>
            </th>
            {letters.map((l) => (
              <th key={l} scope="col">
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, cells }) => {
            const role = roleOf(row);
            const isMarked = mark?.row === row;
            const classes = [
              ROLE_CLASS[role],
              isMarked ? 'is-marked' : '',
              excluded?.(row) ? 'is-excluded' : '',
              onPickRow ? 'is-pickable' : '',
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <tr
                key={row}
                className={classes || undefined}
                onClick={onPickRow ? () => onPickRow(row) : undefined}
              >
                <th scope="row" className="sheet-grid-rownum">
                  {onPickRow ? (
                    <button
                      type="button"
                      className="sheet-grid-pick"
                      aria-label={pickLabel?.(row) ?? `第 ${row} 行`}
                      aria-pressed={role === 'header'}
                      onClick={(e) => {
                        e.stopPropagation();
                        onPickRow(row);
                      }}
                    >
                      {row}
                    </button>
                  ) : (
                    row
                  )}
                </th>
                {cells.map((cell, c) => (
                  <td
                    key={c}
                    className={
                      [isMarked && mark?.column === c ? 'is-marked-cell' : '', cell.edited ? 'is-edited' : '']
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                    title={cell.text.length > 12 ? cell.text : undefined}
                  >
                    {cell.text}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
