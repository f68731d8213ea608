/**
 * 规则: use a preset (岳麓区) or a custom policy. The custom form is checked on every change
 * (renderer/model/policy-form.ts, core's validatePolicy) with the reasons next to the fields;
 * saving stores it and applies it to the open plan at once (quotas and statistics follow; the
 * decisions change only with 自动规划 on the board).
 */
import { useMemo, useState } from 'react';
import { POLICY_PRESETS } from '../../core/policy/presets';
import type { Policy } from '../../core/policy/schema';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import { checkPolicyForm, formFromPolicy, type PolicyForm } from '../model/policy-form';
import { useStore, useWorkspaceSelector } from '../store/context';
import { PolicyFormView } from './PolicyFormView';

type Mode = 'preset' | 'custom';

/** On a small screen the field in error may be out of view: bring the first one to the clerk. */
function focusFirstError(): void {
  const field = document.querySelector<HTMLElement>('.policy-form [aria-invalid="true"]');
  if (!field) return;
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

const isPreset = (p: Policy): boolean => POLICY_PRESETS.some((x) => x.name === p.name);
const presetNamed = (name: string): Policy => POLICY_PRESETS.find((p) => p.name === name) ?? YUELU_POLICY;
const starterCustom = (base: Policy): Policy => ({ ...base, name: `${base.name}（自定义）` });

export function PolicyPage() {
  const store = useStore();
  const open = useWorkspaceSelector((s) => s.open);
  const defaultPolicy = useWorkspaceSelector((s) => s.defaultPolicy);
  const customPolicy = useWorkspaceSelector((s) => s.customPolicy);
  const inUse = open?.policy ?? defaultPolicy;

  const [mode, setMode] = useState<Mode>(isPreset(inUse) ? 'preset' : 'custom');
  const [presetName, setPresetName] = useState(isPreset(inUse) ? inUse.name : YUELU_POLICY.name);
  const savedCustom = isPreset(inUse) ? (customPolicy ?? starterCustom(presetNamed(presetName))) : inUse;
  const [form, setForm] = useState<PolicyForm>(() => formFromPolicy(savedCustom));
  const [dirty, setDirty] = useState(false);
  const checked = useMemo(() => checkPolicyForm(form), [form]);
  const preset = presetNamed(presetName);
  const presetForm = useMemo(() => formFromPolicy(preset), [preset]);

  const edit = (next: PolicyForm) => {
    setForm(next);
    setDirty(true);
  };
  const apply = async (policy: Policy) => {
    if (await store.applyPolicy(policy)) {
      setDirty(false);
      store.toast(
        'success',
        open
          ? `已应用规则“${policy.name}”：限额和统计已按新规则计算。如需按新规则重新安排各群，请在整理看板点“自动规划”。`
          : `已保存规则“${policy.name}”，新建的方案将使用它。`,
      );
    }
  };
  const errorCount = checked.errors.size;

  return (
    <section className="page page-policy" aria-labelledby="policy-title">
      <div className="page-head">
        <h1 id="policy-title" className="page-title">
          规则
        </h1>
        <p className="page-note">
          当前{open ? `方案“${open.planName}”` : '新建方案'}使用：<strong>{inUse.name}</strong>
          {isPreset(inUse) ? '（预设）' : '（自定义）'}
        </p>
      </div>

      <div className="mode-choice" role="radiogroup" aria-label="规则来源">
        <label className={`mode-option${mode === 'preset' ? ' is-chosen' : ''}`}>
          <input
            type="radio"
            name="policy-mode"
            checked={mode === 'preset'}
            onChange={() => setMode('preset')}
          />
          <span className="mode-title">使用预设规则</span>
          <span className="mode-text">按已发布的管理规范，不需填写。</span>
        </label>
        <label className={`mode-option${mode === 'custom' ? ' is-chosen' : ''}`}>
          <input
            type="radio"
            name="policy-mode"
            checked={mode === 'custom'}
            onChange={() => setMode('custom')}
          />
          <span className="mode-title">自定义规则</span>
          <span className="mode-text">按本地区的规定调整限额、平台上限等。</span>
        </label>
      </div>

      {mode === 'preset' ? (
        <>
          <div className="panel form">
            <div className="field field-inline">
              <label htmlFor="preset-select">预设</label>
              <select id="preset-select" value={presetName} onChange={(e) => setPresetName(e.target.value)}>
                {POLICY_PRESETS.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <p>{preset.description}</p>
          </div>
          <PolicyFormView form={presetForm} errors={new Map()} readOnly onChange={() => undefined} />
          <div className="action-bar">
            <span className="muted">{inUse.name === preset.name ? '正在使用此预设。' : ''}</span>
            <button
              type="button"
              className="btn"
              onClick={() => {
                edit(formFromPolicy(starterCustom(preset)));
                setMode('custom');
              }}
            >
              以此为基础自定义
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={inUse.name === preset.name}
              onClick={() => void apply(preset)}
            >
              使用此预设
            </button>
          </div>
        </>
      ) : (
        <>
          <PolicyFormView form={form} errors={checked.errors} readOnly={false} onChange={edit} />
          <div className="action-bar">
            <span className={errorCount ? 'action-bar-error' : 'muted'} role="status">
              {errorCount
                ? `有 ${errorCount} 处需要修改，见标红的项目。`
                : dirty
                  ? '规则有效，尚未保存。'
                  : ''}
              {checked.errors.get('_form') ?? ''}
            </span>
            {errorCount > 0 && (
              <button type="button" className="btn" onClick={focusFirstError}>
                转到第一处
              </button>
            )}
            <button
              type="button"
              className="btn"
              disabled={!dirty}
              onClick={() => {
                setForm(formFromPolicy(savedCustom));
                setDirty(false);
              }}
            >
              放弃修改
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!checked.policy || (!dirty && inUse.name === checked.policy.name)}
              onClick={() => checked.policy && void apply(checked.policy)}
            >
              保存并应用
            </button>
          </div>
        </>
      )}
    </section>
  );
}
