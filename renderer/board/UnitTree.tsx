/**
 * The unit tree (an ARIA tree): 全区, then streets and towns with their communities and villages,
 * district departments, other units. Each unit shows its quota badge; a street also its area
 * total. Searchable, optionally over-quota first; ↑/↓/Home/End move, →/← open and close a
 * street, Enter or Space selects. The selection is view state (restored after a reload).
 */
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ComputedPlanMetrics } from '../../core/metrics/model';
import type { Roster } from '../../core/roster/model';
import { useStore, useWorkspaceSelector } from '../store/context';
import { ALL_UNITS } from './model/lanes';
import { areaText, badgeSpeech, badgeText, buildTree, visibleNodes, type QuotaBadge } from './model/tree';

function Badge({ badge }: { badge: QuotaBadge }) {
  return (
    <span className={`quota ${badge.over > 0 ? 'quota-over' : 'quota-ok'}`} aria-hidden="true">
      {badgeText(badge)} {badge.quota === null ? '' : badge.over > 0 ? `超出 ${badge.over}` : '✓'}
    </span>
  );
}

/** 全区's id holds a NUL, which no CSS selector matches: compare the attribute. */
function itemOf(root: HTMLElement | null, id: string): HTMLElement | undefined {
  return root
    ? [...root.querySelectorAll<HTMLElement>('[data-unit-id]')].find((e) => e.dataset.unitId === id)
    : undefined;
}

function UnitTreeView({
  roster,
  metrics,
  selected,
  onSelect,
}: {
  roster: Roster;
  metrics: ComputedPlanMetrics;
  selected: string;
  onSelect(id: string): void;
}) {
  const store = useStore();
  const overFirst = useWorkspaceSelector((s) => s.view.overQuotaFirst);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => {
    const parent = roster.units.find((u) => u.id === selected)?.parentId;
    return new Set([selected, ...(parent ? [parent] : [])]);
  });
  const [focused, setFocused] = useState(selected);
  const treeId = useId();
  const list = useRef<HTMLDivElement>(null);
  const sections = useMemo(
    () => buildTree(roster, metrics, { query, overQuotaFirst: overFirst }),
    [roster, metrics, query, overFirst],
  );
  const rows = useMemo(() => {
    const nodes = visibleNodes(sections, expanded, query.trim() !== '');
    return [
      { id: ALL_UNITS, level: 1, name: '全区（全部单位）' },
      ...nodes.map((n) => ({ id: n.node.id, level: n.level, name: n.node.name })),
    ];
  }, [sections, expanded, query]);
  const focusable = rows.some((r) => r.id === focused) ? focused : (rows[0]?.id ?? ALL_UNITS);

  useEffect(() => {
    itemOf(list.current, selected)?.scrollIntoView({ block: 'nearest' });
    // Only when the tree mounts: show the selected unit after a reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const move = (id: string | undefined) => {
    if (id === undefined) return;
    setFocused(id);
    itemOf(list.current, id)?.focus();
  };
  const toggle = (id: string, open?: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });
  const onKey = (e: KeyboardEvent, id: string, hasKids: boolean) => {
    const i = rows.findIndex((r) => r.id === id);
    if (e.key === 'ArrowDown') move(rows[i + 1]?.id);
    else if (e.key === 'ArrowUp') move(rows[i - 1]?.id);
    else if (e.key === 'Home') move(rows[0]?.id);
    else if (e.key === 'End') move(rows[rows.length - 1]?.id);
    else if (e.key === 'ArrowRight' && hasKids) toggle(id, true);
    else if (e.key === 'ArrowLeft') {
      if (hasKids && expanded.has(id)) toggle(id, false);
      else {
        const parent = roster.units.find((u) => u.id === id)?.parentId;
        if (parent) move(parent);
      }
    } else if (e.key === 'Enter' || e.key === ' ') onSelect(id);
    else return;
    e.preventDefault();
  };

  const item = (
    id: string,
    level: number,
    name: string,
    badge: QuotaBadge | null,
    extra: string | null,
    kids: number,
  ) => {
    const isOpen = kids > 0 && (expanded.has(id) || query.trim() !== '');
    return (
      <div
        key={id}
        role="treeitem"
        aria-level={level}
        aria-selected={id === selected}
        aria-expanded={kids > 0 ? isOpen : undefined}
        aria-label={`${name}${badge ? `，${badgeSpeech(badge)}` : ''}${extra ? `，${extra}` : ''}`}
        tabIndex={id === focusable ? 0 : -1}
        data-unit-id={id}
        className={`tree-item level-${level}${id === selected ? ' is-selected' : ''}`}
        onClick={() => {
          setFocused(id);
          onSelect(id);
        }}
        onKeyDown={(e) => onKey(e, id, kids > 0)}
      >
        <span
          className="tree-twisty"
          aria-hidden="true"
          onClick={(e) => {
            if (kids === 0) return;
            e.stopPropagation();
            toggle(id);
          }}
        >
          {kids > 0 ? (isOpen ? '▾' : '▸') : ''}
        </span>
        <span className="tree-text">
          <span className="tree-name">{name}</span>
          {extra && <span className="tree-area">{extra}</span>}
        </span>
        {badge && <Badge badge={badge} />}
      </div>
    );
  };

  const t = metrics.totals;
  return (
    <div className="unit-tree">
      <div className="unit-tree-tools">
        <input
          type="search"
          aria-label="查找单位"
          placeholder="查找单位"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={overFirst}
            onChange={(e) => store.updateView({ overQuotaFirst: e.target.checked })}
          />
          超限单位优先
        </label>
      </div>
      <div className="unit-tree-list" role="tree" aria-label="单位" id={treeId} ref={list}>
        {item(ALL_UNITS, 1, '全区（全部单位）', null, `${t.before}→${t.after}`, 0)}
        {sections.map((s) => (
          <div key={s.key} role="group" aria-label={s.title}>
            <div className="tree-section" aria-hidden="true">
              {s.title}
            </div>
            {s.nodes.map((n) => (
              <div key={n.id} role="none">
                {item(n.id, 1, n.name, n.badge, n.area ? areaText(n.area) : null, n.children.length)}
                {n.children.length > 0 && (expanded.has(n.id) || query.trim() !== '') && (
                  <div role="group">{n.children.map((c) => item(c.id, 2, c.name, c.badge, null, 0))}</div>
                )}
              </div>
            ))}
          </div>
        ))}
        {sections.length === 0 && <p className="muted tree-none">没有找到单位</p>}
      </div>
    </div>
  );
}

export const UnitTree = memo(UnitTreeView);
