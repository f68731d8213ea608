/**
 * Placeholder board: each unit's groups before → after against its quota, from computeMetrics,
 * and 自动规划. The merge board (lanes, drag and drop, detail panel) replaces this file.
 */
import { useMemo } from 'react';
import { computeMetrics, unitsOverQuotaFirst } from '../../core/metrics/compute';
import { UNIT_TYPE_LABELS } from '../../core/roster/model';
import { usePlanDerived, useStore, useWorkspaceSelector } from '../store/context';
import { openSample } from '../store/host';

const percent = (x: number): string => `${Math.round(x * 100)}%`;

export function Board() {
  const store = useStore();
  const open = useWorkspaceSelector((s) => s.open);
  const metrics = usePlanDerived((o) => computeMetrics(o.roster, o.plan, o.policy, o.index));
  const units = useMemo(() => (metrics ? unitsOverQuotaFirst(metrics.units) : []), [metrics]);

  if (!open || !metrics) {
    return (
      <section className="page page-narrow" aria-labelledby="board-title">
        <h1 id="board-title" className="page-title">
          整理看板
        </h1>
        <div className="panel empty-state">
          <p>还没有打开方案。请先导入名单，或打开示例数据。</p>
          <div className="button-row">
            <button type="button" className="btn btn-primary" onClick={() => void openSample(store)}>
              打开示例
            </button>
            <button type="button" className="btn" onClick={() => store.setScreen('start')}>
              返回开始页
            </button>
          </div>
        </div>
      </section>
    );
  }

  const { totals } = metrics;
  const compliant = metrics.units.filter((u) => u.compliant).length;
  return (
    <section className="page" aria-labelledby="board-title">
      <div className="page-head">
        <h1 id="board-title" className="page-title">
          整理看板
        </h1>
        <button type="button" className="btn" onClick={() => void store.replanAuto()}>
          自动规划
        </button>
      </div>
      <div className="stat-strip" aria-label="精简总体情况">
        <div className="stat">
          <span className="stat-label">工作群</span>
          <span className="stat-value" data-testid="totals">
            {totals.before} → {totals.after}
          </span>
        </div>
        <div className="stat">
          <span className="stat-label">压缩</span>
          <span className="stat-value">{percent(totals.compression)}</span>
        </div>
        <div className="stat">
          <span className="stat-label">达标单位</span>
          <span className="stat-value">
            {compliant} / {metrics.units.length}
          </span>
        </div>
        <div className="stat">
          <span className="stat-label">规则</span>
          <span className="stat-value stat-text">{open.policy.name}</span>
        </div>
      </div>
      <div className="panel panel-flush">
        <table className="table">
          <caption className="sr-only">各单位工作群精简前后与限额</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">类型</th>
              <th scope="col">上级单位</th>
              <th scope="col" className="num">
                精简前 → 后
              </th>
              <th scope="col" className="num">
                限额
              </th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{UNIT_TYPE_LABELS[u.type]}</td>
                <td>{u.parent ?? '—'}</td>
                <td className="num">
                  {u.before} → {u.after}
                </td>
                <td className="num">{u.quota ?? '不限'}</td>
                <td>
                  {u.compliant ? (
                    <span className="badge badge-ok">✓ 达标</span>
                  ) : (
                    <span className="badge badge-over">超出 {u.after - (u.quota ?? 0)} 个</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
