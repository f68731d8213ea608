/**
 * The problems of a check, errors first, grouped by cause with counts; a group can be folded.
 * Virtualised (@tanstack/react-virtual): a district roll-up may bring thousands of warnings, and
 * only the rows in view are drawn. Rows vary in height (long messages wrap, a cell being
 * corrected opens below its problem), so each drawn row is measured.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { RawCell } from '../../../core/import/raw';
import type { Problem } from '../../../core/problems';
import type { ProblemGroup, ProblemItem } from '../model/problems';
import { problemItems } from '../model/problems';
import { ProblemRow, type ProblemRowProps } from './ProblemRow';

export interface ProblemListProps extends Omit<ProblemRowProps, 'problem' | 'excluded' | 'editing'> {
  groups: ProblemGroup[];
  collapsed: ReadonlySet<string>;
  onToggle: (key: string) => void;
  isExcluded: (p: Problem) => boolean;
  /** The problem being corrected (by identity) and its cell's value (undefined while loading). */
  editing: { problem: Problem; initial: RawCell | undefined } | null;
}

const LEVEL_LABELS = { error: '错误', warning: '警告' } as const;

function GroupHeading({
  item,
  onToggle,
}: {
  item: Extract<ProblemItem, { type: 'group' }>;
  onToggle: (key: string) => void;
}) {
  const g = item.group;
  return (
    <button
      type="button"
      className={`problem-group problem-group-${g.level}`}
      aria-expanded={!item.collapsed}
      onClick={() => onToggle(g.key)}
    >
      <span className="problem-group-fold" aria-hidden="true">
        {item.collapsed ? '▸' : '▾'}
      </span>
      <span className={`badge badge-${g.level}`}>{LEVEL_LABELS[g.level]}</span>
      <span className="problem-group-title">{g.title}</span>
      <span className="problem-group-count">{g.problems.length} 处</span>
    </button>
  );
}

export function ProblemList({ groups, collapsed, onToggle, isExcluded, editing, ...row }: ProblemListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const items = useMemo(() => problemItems(groups, collapsed), [groups, collapsed]);
  // The app does not use React Compiler; the virtualizer re-renders this list itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (items[i]?.type === 'group' ? 34 : 56),
    getItemKey: (i) => items[i]?.key ?? i,
    overscan: 6,
  });
  return (
    <div className="problem-list" ref={scroller} role="region" aria-label="问题清单" tabIndex={0}>
      <div className="problem-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index];
          if (!item) return null;
          return (
            <div
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              className="problem-list-item"
              style={{ transform: `translateY(${v.start}px)` }}
            >
              {item.type === 'group' ? (
                <GroupHeading item={item} onToggle={onToggle} />
              ) : (
                <ProblemRow
                  problem={item.problem}
                  excluded={isExcluded(item.problem)}
                  editing={editing?.problem === item.problem ? { initial: editing.initial } : null}
                  {...row}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
