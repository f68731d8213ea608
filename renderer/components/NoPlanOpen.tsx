/**
 * What a screen that shows a plan says when none is open (after 清除本机数据, or before the first
 * import): the way to one, rather than an empty page.
 */
import { useId } from 'react';
import { useStore } from '../store/context';
import { openSample } from '../store/host';

export function NoPlanOpen({ title }: { title: string }) {
  const store = useStore();
  const titleId = useId();
  return (
    <section className="page page-narrow" aria-labelledby={titleId}>
      <h1 id={titleId} className="page-title">
        {title}
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
