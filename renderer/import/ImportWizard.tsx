/** Placeholder: the import wizard (files → sheet → header row → mapping → validation → confirm) is the next step. */
import { useStore } from '../store/context';

export function ImportWizard() {
  const store = useStore();
  return (
    <section className="page page-narrow" aria-labelledby="import-title">
      <h1 id="import-title" className="page-title">
        导入名单
      </h1>
      <div className="panel">
        <p>导入向导正在制作中：选择文件 → 工作表 → 表头行 → 列对应 → 检查问题 → 确认导入。</p>
        <p className="muted">现在可以先用“打开示例”体验整理看板。</p>
        <div className="button-row">
          <button type="button" className="btn" onClick={() => store.setScreen('start')}>
            返回开始页
          </button>
        </div>
      </div>
    </section>
  );
}
