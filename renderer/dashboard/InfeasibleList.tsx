/** Units over their quota as the plan stands, with the reason; a row opens the unit on the board. */
import type { InfeasibleUnit } from '../../core/dashboard';

export function InfeasibleList({
  units,
  onOpen,
}: {
  units: InfeasibleUnit[];
  onOpen: (unitId: string) => void;
}) {
  return (
    <section className="panel dash-panel" aria-labelledby="dash-infeasible-title">
      <h2 id="dash-infeasible-title" className="panel-title">
        未达到限额的单位
      </h2>
      {units.length === 0 ? (
        <p className="dash-good" data-testid="dash-all-within">
          所有单位均已达到限额。
        </p>
      ) : (
        <table className="table table-hover dash-infeasible">
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col" className="num">
                限额
              </th>
              <th scope="col" className="num">
                精简后
              </th>
              <th scope="col" className="num">
                超出
              </th>
              <th scope="col">原因</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id} data-unit-id={u.id}>
                <td>
                  <button
                    type="button"
                    className="dash-link"
                    title="在整理看板中打开"
                    onClick={() => onOpen(u.id)}
                  >
                    {u.name}
                  </button>
                  {u.parent ? <span className="muted">（{u.parent}）</span> : null}
                </td>
                <td className="num">{u.quota}</td>
                <td className="num">{u.after}</td>
                <td className="num dash-bad">{u.excess}</td>
                <td>
                  {u.source === 'planner' ? <span className="dash-tag">自动规划</span> : null}
                  {u.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
