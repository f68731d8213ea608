/** Per unit: its groups before, its quota, and each plan's after and compliance; differing rows marked. */
import { useMemo } from 'react';
import type { UnitComparison, UnitSide } from '../../core/compare/model';
import { UNIT_TYPE_LABELS } from '../../core/roster/model';
import { quotaText } from './model';
import { VirtualTable, type VirtualColumn } from './VirtualTable';

type Col = 'unit' | 'type' | 'before' | 'quota' | 'afterA' | 'okA' | 'afterB' | 'okB';

function Compliance({ side }: { side: UnitSide }) {
  if (side.quota === null) return <span className="muted">无限额</span>;
  return side.compliant ? (
    <span className="badge badge-ok">达标</span>
  ) : (
    <span className="badge badge-over">超 {side.after - side.quota}</span>
  );
}

export interface UnitDiffTableProps {
  units: readonly UnitComparison[];
  differingOnly: boolean;
  nameA: string;
  nameB: string;
}

export function UnitDiffTable({ units, differingOnly, nameA, nameB }: UnitDiffTableProps) {
  const rows = useMemo(
    () => (differingOnly ? units.filter((u) => u.differs) : units),
    [units, differingOnly],
  );
  const columns: VirtualColumn<Col>[] = [
    { key: 'unit', header: '单位', width: 'minmax(120px, 3fr)' },
    { key: 'type', header: '类型', width: 'minmax(56px, 1fr)' },
    { key: 'before', header: '精简前', width: 'minmax(52px, 1fr)', numeric: true },
    { key: 'quota', header: '限额', width: 'minmax(52px, 1fr)', numeric: true },
    { key: 'afterA', header: `A 精简后`, width: 'minmax(64px, 1fr)', numeric: true },
    { key: 'okA', header: 'A 达标', width: 'minmax(64px, 1fr)' },
    { key: 'afterB', header: `B 精简后`, width: 'minmax(64px, 1fr)', numeric: true },
    { key: 'okB', header: 'B 达标', width: 'minmax(64px, 1fr)' },
  ];
  const cell = (i: number, key: Col) => {
    const u = rows[i];
    if (!u) return null;
    switch (key) {
      case 'unit':
        return (
          <span className="vt-text" title={u.parent ? `${u.name}（${u.parent}）` : u.name}>
            {u.name}
          </span>
        );
      case 'type':
        return UNIT_TYPE_LABELS[u.type];
      case 'before':
        return u.before;
      case 'quota':
        return quotaText(u.a.quota, u.b.quota);
      case 'afterA':
        return u.a.after;
      case 'okA':
        return <Compliance side={u.a} />;
      case 'afterB':
        return u.b.after;
      case 'okB':
        return <Compliance side={u.b} />;
    }
  };
  return (
    <VirtualTable
      label={`单位对照：A 为${nameA}，B 为${nameB}`}
      className="cmp-units"
      columns={columns}
      rowCount={rows.length}
      rowKey={(i) => rows[i]?.id ?? String(i)}
      cell={cell}
      rowClassName={(i) => (rows[i]?.differs ? 'cmp-row-differs' : undefined)}
      empty={differingOnly ? '两个方案各单位的精简后群数和达标情况都相同。' : '名单中没有单位。'}
    />
  );
}
