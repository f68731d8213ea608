/**
 * A table whose body is virtualised (@tanstack/react-virtual): a district has 20,000 groups, and
 * only the rows in view are drawn. Rows have one fixed height (cells do not wrap), so nothing is
 * measured while scrolling. ARIA table roles keep it a table for screen readers; the body
 * scrolls with the keyboard (it is focusable: ↑/↓, PageUp/PageDown, Home/End).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import type { SortDirection } from '../../core/compare/model';
import './virtual-table.css';

export interface VirtualColumn<K extends string> {
  key: K;
  header: ReactNode;
  /** A CSS grid track ("minmax(120px, 2fr)", "64px"). */
  width: string;
  numeric?: boolean;
  /** Sortable: whether the table is sorted by this column, and how to change it. */
  sort?: { direction: SortDirection | null; onSort: () => void; label: string };
}

export interface VirtualTableProps<K extends string> {
  label: string;
  columns: readonly VirtualColumn<K>[];
  rowCount: number;
  cell: (row: number, key: K) => ReactNode;
  rowClassName?: (row: number) => string | undefined;
  rowTitle?: (row: number) => string | undefined;
  rowKey: (row: number) => string;
  /** Shown instead of the body when there are no rows. */
  empty: ReactNode;
  className?: string;
}

export const ROW_HEIGHT = 30;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function VirtualTable<K extends string>(props: VirtualTableProps<K>) {
  const { label, columns, rowCount, cell, rowClassName, rowTitle, rowKey, empty, className } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use React Compiler; the virtualizer re-renders this list itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: rowKey,
    overscan: 10,
    initialRect: { width: 800, height: 400 },
  });
  const grid = { gridTemplateColumns: columns.map((c) => c.width).join(' ') };
  const cellClass = (c: VirtualColumn<K>) => (c.numeric ? 'vt-cell num' : 'vt-cell');
  return (
    <div
      className={['vt', className].filter(Boolean).join(' ')}
      role="table"
      aria-label={label}
      aria-rowcount={rowCount + 1}
    >
      <div role="rowgroup" className="vt-head">
        <div role="row" aria-rowindex={1} className="vt-row" style={grid}>
          {columns.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              className={cellClass(c)}
              aria-sort={c.sort?.direction ? ARIA_SORT[c.sort.direction] : undefined}
            >
              {c.sort ? (
                <button type="button" className="vt-sort" onClick={c.sort.onSort} title={c.sort.label}>
                  {c.header}
                  <span className="vt-sort-mark" aria-hidden="true">
                    {c.sort.direction === 'asc' ? '▲' : c.sort.direction === 'desc' ? '▼' : ''}
                  </span>
                </button>
              ) : (
                c.header
              )}
            </div>
          ))}
        </div>
      </div>
      {rowCount === 0 ? (
        <div className="vt-empty">{empty}</div>
      ) : (
        <div
          role="rowgroup"
          className="vt-body"
          ref={scroller}
          tabIndex={0}
          aria-label={`${label}（可滚动）`}
        >
          <div className="vt-inner" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => (
              <div
                key={v.key}
                role="row"
                aria-rowindex={v.index + 2}
                className={['vt-row', rowClassName?.(v.index)].filter(Boolean).join(' ')}
                title={rowTitle?.(v.index)}
                style={{ ...grid, transform: `translateY(${v.start}px)` }}
              >
                {columns.map((c) => (
                  <div key={c.key} role="cell" className={cellClass(c)}>
                    {cell(v.index, c.key)}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
