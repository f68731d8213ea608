/** 设置: the clerk (制表人 on reports) and 清除本机数据. */
import { useState, type FormEvent } from 'react';
import { TextField } from '../components/Field';
import { ConfirmDialog } from '../components/Dialog';
import { useStore, useWorkspaceSelector } from '../store/context';

function ClerkForm() {
  const store = useStore();
  const saved = useWorkspaceSelector((s) => s.settings);
  const [name, setName] = useState(saved.clerkName);
  const [unit, setUnit] = useState(saved.clerkUnit);
  const changed = name.trim() !== saved.clerkName || unit.trim() !== saved.clerkUnit;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await store.saveSettings({ clerkName: name, clerkUnit: unit }))
      store.toast('success', '设置已保存。');
  };

  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} aria-labelledby="clerk-title">
      <h2 id="clerk-title" className="panel-title">
        制表人
      </h2>
      <p className="muted">导出报告时，“制表人”一栏填写以下单位和姓名。</p>
      <TextField
        label="单位"
        value={unit}
        maxLength={60}
        placeholder="例如：岳麓区委网信办"
        onChange={setUnit}
      />
      <TextField label="姓名" value={name} maxLength={30} placeholder="例如：张三" onChange={setName} />
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={!changed}>
          保存
        </button>
      </div>
    </form>
  );
}

function LocalData() {
  const store = useStore();
  const rosters = useWorkspaceSelector((s) => s.rosters.length);
  const plans = useWorkspaceSelector((s) => s.plans.length);
  const [confirming, setConfirming] = useState(false);

  const clear = async () => {
    setConfirming(false);
    await store.clearAllData();
  };

  return (
    <section className="panel" aria-labelledby="data-title">
      <h2 id="data-title" className="panel-title">
        本机数据
      </h2>
      <p>
        本机保存了 {rosters} 份名单、{plans} 个方案。所有数据只保存在这台电脑上，不会上传。
      </p>
      <div className="button-row">
        <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
          清除本机数据…
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title="清除本机数据"
          confirmLabel="清除全部数据"
          danger
          onConfirm={() => void clear()}
          onCancel={() => setConfirming(false)}
        >
          <p>将从这台电脑上删除：</p>
          <ul>
            <li>
              全部 {rosters} 份名单和 {plans} 个方案，以及每个方案的撤销记录；
            </li>
            <li>记住的列对应关系、自定义规则和制表人设置。</li>
          </ul>
          <p>
            <strong>删除后无法恢复。</strong>如需保留，请先打开方案并导出报告（报告可重新导入）。
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

export function SettingsPage() {
  const saved = useWorkspaceSelector((s) => s.settings);
  return (
    <section className="page page-narrow" aria-labelledby="settings-title">
      <h1 id="settings-title" className="page-title">
        设置
      </h1>
      {/* Keyed by the saved values: after saving or clearing, the form shows what is stored. */}
      <ClerkForm key={`${saved.clerkUnit}\u0000${saved.clerkName}`} />
      <LocalData />
    </section>
  );
}
