/**
 * The groups the two plans treat differently: unit, group, platform, and each plan's state and
 * target. Sortable by every column (ties keep the roster order); virtualised for 20,000 groups.
 * A row's tooltip gives each plan's reason.
 */
import { useMemo } from 'react';
import { sortGroupDifferences } from '../../core/compare/list';
import type { GroupDifference, GroupSortKey, GroupTreatment, SortDirection } from '../../core/compare/model';
import { GROUP_STATE_LABELS } from '../../core/plan/model';
import { VirtualTable, type VirtualColumn } from './VirtualTable';

function Treatment({ t }: { t: GroupTreatment }) {
  const target =
    t.state === 'merged' && t.targetName !== null
      ? `${t.targetCreated ? '新建：' : ''}${t.targetName}`
      : t.state === 'reclassified' && t.category !== null
        ? t.category
        : null;
  return (
    <span className="cmp-treatment">
      <span className={`cmp-state cmp-state-${t.state}`}>{GROUP_STATE_LABELS[t.state]}</span>
      {target !== null && (
        <span className="vt-text">
          {t.state === 'merged' ? ' → ' : ' '}
          {target}
        </span>
      )}
    </span>
  );
}

export interface GroupDiffTableProps {
  groups: readonly GroupDifference[];
  sort: { key: GroupSortKey; direction: SortDirection };
  onSort: (sort: { key: GroupSortKey; direction: SortDirection }) => void;
  nameA: string;
  nameB: string;
  /** 查看: open the group on the board in plan A or B. */
  onLocate: (group: GroupDifference, side: 'a' | 'b') => void;
}

type Col = GroupSortKey | 'locate';

export function GroupDiffTable({ groups, sort, onSort, nameA, nameB, onLocate }: GroupDiffTableProps) {
  const rows = useMemo(() => sortGroupDifferences(groups, sort.key, sort.direction), [groups, sort]);
  const sortable = (key: GroupSortKey, what: string): VirtualColumn<Col>['sort'] => ({
    direction: sort.key === key ? sort.direction : null,
    label: `按${what}排序`,
    onSort: () => onSort({ key, direction: sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc' }),
  });
  const columns: VirtualColumn<Col>[] = [
    { key: 'unit', header: '单位', width: 'minmax(96px, 2fr)', sort: sortable('unit', '单位') },
    { key: 'name', header: '群名称', width: 'minmax(120px, 3fr)', sort: sortable('name', '群名称') },
    { key: 'platform', header: '平台', width: 'minmax(56px, 1fr)', sort: sortable('platform', '平台') },
    { key: 'a', header: `A：${nameA}`, width: 'minmax(120px, 3fr)', sort: sortable('a', `${nameA}的处置`) },
    { key: 'b', header: `B：${nameB}`, width: 'minmax(120px, 3fr)', sort: sortable('b', `${nameB}的处置`) },
    { key: 'locate', header: '查看', width: '76px' },
  ];
  const locate = (g: GroupDifference, side: 'a' | 'b') => {
    const name = side === 'a' ? nameA : nameB;
    return (
      <button
        type="button"
        className="btn btn-small cmp-locate"
        aria-label={`在${name}中查看 ${g.name}`}
        title={`在整理看板中打开${name}，显示这个群`}
        onClick={() => onLocate(g, side)}
      >
        {side.toUpperCase()}
      </button>
    );
  };
  const cell = (i: number, key: Col) => {
    const g = rows[i];
    if (!g) return null;
    switch (key) {
      case 'unit':
        return <span className="vt-text">{g.unitName}</span>;
      case 'name':
        return <span className="vt-text">{g.name}</span>;
      case 'platform':
        return g.platform;
      case 'a':
        return <Treatment t={g.a} />;
      case 'b':
        return <Treatment t={g.b} />;
      case 'locate':
        return (
          <span className="cmp-locates">
            {locate(g, 'a')}
            {locate(g, 'b')}
          </span>
        );
    }
  };
  const title = (i: number) => {
    const g = rows[i];
    if (!g) return undefined;
    const code = g.code ? `（群编号 ${g.code}）` : '';
    return `${g.name}${code}\nA ${nameA}：${g.a.reason || '—'}\nB ${nameB}：${g.b.reason || '—'}`;
  };
  return (
    <VirtualTable
      label="处置不同的群"
      className="cmp-groups"
      columns={columns}
      rowCount={rows.length}
      rowKey={(i) => rows[i]?.groupId ?? String(i)}
      cell={cell}
      rowTitle={title}
      empty="两个方案对每个工作群的处置都相同。"
    />
  );
}
