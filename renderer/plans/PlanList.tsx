/** 方案列表: the open roster's plans with 打开 (切换), 复制, 重命名 and 删除. */
import type { PlanRow } from './model';

export interface PlanListProps {
  rows: readonly PlanRow[];
  /** A row to mark (the copy just made). */
  highlight: string | null;
  busy: boolean;
  onOpen: (id: string) => void;
  onDuplicate: (id: string) => void;
  onRename: (id: string) => void;
  onDelete: (id: string) => void;
}

export function PlanList({ rows, highlight, busy, onOpen, onDuplicate, onRename, onDelete }: PlanListProps) {
  return (
    <div className="panel panel-flush">
      <table className="table table-hover plans-table">
        <thead>
          <tr>
            <th scope="col">方案</th>
            <th scope="col">规划日期</th>
            <th scope="col">规则</th>
            <th scope="col" className="num">
              工作群 精简前 → 后
            </th>
            <th scope="col" className="num">
              压缩率
            </th>
            <th scope="col" className="plans-updated">
              最近修改
            </th>
            <th scope="col" className="cell-action">
              操作
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              aria-current={r.open ? 'true' : undefined}
              className={r.id === highlight ? 'plans-row-new' : undefined}
            >
              <th scope="row">
                <span className="plans-name">{r.name}</span>
                {r.open && <span className="badge badge-current">当前</span>}
              </th>
              <td>{r.asOf}</td>
              <td>{r.policyName}</td>
              <td className="num">
                {r.before} → {r.after}
              </td>
              <td className="num">{r.compression}</td>
              <td className="plans-updated">{r.updated}</td>
              <td className="cell-action">
                <div className="plans-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`${r.open ? '继续编辑' : '打开'} ${r.name}`}
                    title={r.open ? '回到整理看板继续编辑' : '切换到这个方案，在整理看板中打开'}
                    disabled={busy}
                    onClick={() => onOpen(r.id)}
                  >
                    {r.open ? '继续编辑' : '打开'}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`复制 ${r.name}`}
                    title="复制为新方案（复制各群的处置，不复制撤销记录）"
                    disabled={busy}
                    onClick={() => onDuplicate(r.id)}
                  >
                    复制
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`重命名 ${r.name}`}
                    disabled={busy}
                    onClick={() => onRename(r.id)}
                  >
                    重命名
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    aria-label={`删除 ${r.name}`}
                    title={r.open ? '正在使用的方案不能删除，请先打开其他方案' : '删除这个方案（可撤销）'}
                    disabled={busy || r.open}
                    onClick={() => onDelete(r.id)}
                  >
                    删除
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
