/** 开始: the three ways in (导入名单, 打开示例, 保存模板) and the recent plans. */
import { useMemo } from 'react';
import { recentPlans } from '../model/recent';
import { useStore, useWorkspaceSelector } from '../store/context';
import { openSample, saveTemplate } from '../store/host';

export function StartPage() {
  const store = useStore();
  const rosters = useWorkspaceSelector((s) => s.rosters);
  const plans = useWorkspaceSelector((s) => s.plans);
  const openPlanId = useWorkspaceSelector((s) => s.open?.planId ?? null);
  const busy = useWorkspaceSelector((s) => s.busy !== null);
  const recent = useMemo(() => recentPlans(rosters, plans), [rosters, plans]);
  const noHost = store.api === null;

  return (
    <section className="page" aria-labelledby="start-title">
      <h1 id="start-title" className="page-title">
        开始
      </h1>
      <div className="start-actions">
        <button
          type="button"
          className="start-action"
          onClick={() => store.setScreen('import')}
          disabled={busy}
        >
          <span className="start-action-title">导入名单</span>
          <span className="start-action-text">
            从 Excel、WPS 或 CSV 文件导入各单位的工作群名单（可一次选多个文件）。
          </span>
        </button>
        <button
          type="button"
          className="start-action"
          onClick={() => void openSample(store)}
          disabled={busy || noHost}
        >
          <span className="start-action-title">打开示例</span>
          <span className="start-action-text">
            打开内置的示例数据（示例-岳麓区，非真实名单），体验整理和导出。
          </span>
        </button>
        <button
          type="button"
          className="start-action"
          onClick={() => void saveTemplate(store)}
          disabled={busy || noHost}
        >
          <span className="start-action-title">保存模板</span>
          <span className="start-action-text">保存标准名单模板（标准模板.xlsx），发给各单位按格式填报。</span>
        </button>
      </div>

      <h2 className="section-title">最近的方案</h2>
      {recent.length === 0 ? (
        <div className="panel empty-state">
          <p>还没有保存的方案。导入名单或打开示例后，方案会自动保存在本机，下次打开程序时可在这里继续。</p>
        </div>
      ) : (
        <div className="panel panel-flush">
          <table className="table table-hover">
            <thead>
              <tr>
                <th scope="col">名单</th>
                <th scope="col">方案</th>
                <th scope="col">规划日期</th>
                <th scope="col" className="num">
                  工作群 精简前 → 后
                </th>
                <th scope="col">规则</th>
                <th scope="col">最近打开</th>
                <th scope="col">
                  <span className="sr-only">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {recent.map((p) => (
                <tr key={p.planId} aria-current={p.planId === openPlanId ? 'true' : undefined}>
                  <th scope="row">{p.rosterName}</th>
                  <td>{p.planName}</td>
                  <td>{p.asOf}</td>
                  <td className="num">
                    {p.before} → {p.after}
                  </td>
                  <td>{p.policyName}</td>
                  <td>{p.lastOpened}</td>
                  <td className="cell-action">
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`打开 ${p.rosterName} ${p.planName}`}
                      onClick={() => void store.openPlan(p.planId)}
                    >
                      {p.planId === openPlanId ? '继续' : '打开'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
