/** The editable policy (also shown read-only for a preset: the same fields, disabled). */
import { useId } from 'react';
import { FieldError, TextField } from '../components/Field';
import type { FormErrors, PolicyForm } from '../model/policy-form';
import { CapTable, TierTable, WordTable } from './PolicyTables';

interface Props {
  form: PolicyForm;
  errors: FormErrors;
  readOnly: boolean;
  onChange: (form: PolicyForm) => void;
}

export function PolicyFormView({ form, errors, readOnly, onChange }: Props) {
  const set = <K extends keyof PolicyForm>(key: K, value: PolicyForm[K]) =>
    onChange({ ...form, [key]: value });
  const linesId = useId();
  const descId = useId();
  const missingId = useId();
  const preferredId = useId();
  return (
    <fieldset className="policy-form" disabled={readOnly}>
      <legend className="sr-only">规则内容</legend>
      <section className="panel form" aria-labelledby={`${descId}-title`}>
        <h2 id={`${descId}-title`} className="panel-title">
          基本信息
        </h2>
        <TextField
          label="规则名称"
          value={form.name}
          maxLength={50}
          error={errors.get('name')}
          onChange={(v) => set('name', v)}
        />
        <div className="field">
          <label htmlFor={descId}>说明</label>
          <textarea
            id={descId}
            rows={2}
            value={form.description}
            onChange={(e) => set('description', e.target.value)}
          />
          <FieldError id={`${descId}-error`} error={errors.get('description')} />
        </div>
      </section>

      <section className="panel" aria-labelledby={`${missingId}-title`}>
        <h2 id={`${missingId}-title`} className="panel-title">
          工作群限额
        </h2>
        <p className="muted">每种单位按在编人数分档；每种单位的最后一档“在编人数不超过”留空，表示无上限。</p>
        <TierTable rows={form.tiers} errors={errors} onChange={(tiers) => set('tiers', tiers)} />
        <div className="field field-inline">
          <label htmlFor={missingId}>未填在编人数的单位按</label>
          <select
            id={missingId}
            value={form.missingStaffTier}
            onChange={(e) => set('missingStaffTier', e.target.value === 'highest' ? 'highest' : 'lowest')}
          >
            <option value="lowest">最低一档</option>
            <option value="highest">最高一档</option>
          </select>
        </div>
      </section>

      <section className="panel" aria-labelledby={`${linesId}-title`}>
        <h2 id={`${linesId}-title`} className="panel-title">
          业务条线与非工作群
        </h2>
        <div className="field">
          <label htmlFor={linesId}>业务条线（每行一个）</label>
          <textarea
            id={linesId}
            rows={4}
            value={form.businessLines}
            aria-invalid={errors.has('businessLines') ? true : undefined}
            onChange={(e) => set('businessLines', e.target.value)}
          />
          <FieldError id={`${linesId}-error`} error={errors.get('businessLines')} />
        </div>
        <p className="muted">群名称含有下列关键词的“工作群”，自动规划建议转出为相应的非工作群：</p>
        <WordTable rows={form.reclassifyWords} errors={errors} onChange={(w) => set('reclassifyWords', w)} />
      </section>

      <section className="panel form" aria-labelledby={`${preferredId}-title`}>
        <h2 id={`${preferredId}-title`} className="panel-title">
          自动规划
        </h2>
        <label className="check">
          <input
            type="checkbox"
            checked={form.dissolveEndedTemporary}
            onChange={(e) => set('dissolveEndedTemporary', e.target.checked)}
          />
          临时群过了结束日期，建议解散
        </label>
        <TextField
          label="超过多少天未活跃视为僵尸群"
          value={form.inactivityDays}
          unit="天"
          inputMode="numeric"
          placeholder="不判断"
          hint="留空表示不按活跃时间判断。"
          error={errors.get('inactivityDays')}
          onChange={(v) => set('inactivityDays', v)}
        />
        <TextField
          label="成员重合达到多少视为重复群"
          value={form.duplicateOverlap}
          unit="%"
          inputMode="decimal"
          error={errors.get('duplicateOverlap')}
          onChange={(v) => set('duplicateOverlap', v)}
        />
        <TextField
          label="可并入的首选平台"
          value={form.preferredPlatform}
          placeholder="不跨平台合并"
          hint="合并时其他平台的群可以并入这个平台；留空表示只在同一平台内合并。"
          error={errors.get('preferredPlatform')}
          onChange={(v) => set('preferredPlatform', v)}
        />
      </section>

      <section className="panel" aria-labelledby={`${preferredId}-caps`}>
        <h2 id={`${preferredId}-caps`} className="panel-title">
          平台人数上限
        </h2>
        <p className="muted">合并后的群不会超过所在平台的人数上限。</p>
        <CapTable rows={form.platformCaps} errors={errors} onChange={(c) => set('platformCaps', c)} />
        <TextField
          label="其他平台每群人数上限"
          value={form.defaultCap}
          unit="人"
          inputMode="numeric"
          placeholder="不限"
          error={errors.get('defaultCap')}
          onChange={(v) => set('defaultCap', v)}
        />
      </section>
    </fieldset>
  );
}
