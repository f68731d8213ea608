/**
 * 6 完成: what will be imported (units, work and non-work groups, members, 填报日期), the names
 * of the roster and its first plan, and the plan date (the roster's 填报日期, else today), which
 * the auto-plan uses to judge ended and inactive groups.
 */
import { TextField } from '../../components/Field';
import { useWorkspaceSelector } from '../../store/context';
import type { FinishErrors, FinishForm, RosterSummary } from '../model/finish';

export function FinishStep({
  summary,
  warnings,
  form,
  errors,
  onChange,
}: {
  summary: RosterSummary;
  warnings: number;
  form: FinishForm;
  errors: FinishErrors;
  onChange: (form: FinishForm) => void;
}) {
  const policyName = useWorkspaceSelector((s) => s.defaultPolicy.name);
  return (
    <div className="finish">
      <div className="panel finish-summary">
        <h2 className="panel-title">将导入</h2>
        <dl className="finish-facts">
          <dt>文件</dt>
          <dd>{summary.files.join('、')}</dd>
          <dt>单位</dt>
          <dd>{summary.units} 个</dd>
          <dt>工作群</dt>
          <dd>
            {summary.workGroups} 个
            {summary.nonWorkGroups > 0 && (
              <span className="muted">
                （另有日常交流、党员交流、便民服务等非工作群 {summary.nonWorkGroups} 个，不计入）
              </span>
            )}
          </dd>
          <dt>成员</dt>
          <dd>
            {summary.memberships > 0
              ? `${summary.people} 人（${summary.memberships} 条入群记录）`
              : '名单没有成员表'}
          </dd>
          <dt>填报日期</dt>
          <dd>{summary.reportDate ?? '名单中没有填报日期'}</dd>
          <dt>警告</dt>
          <dd>{warnings > 0 ? `${warnings} 条，已确认` : '无'}</dd>
        </dl>
      </div>
      <div className="panel finish-form">
        <h2 className="panel-title">方案</h2>
        <TextField
          label="名单名称"
          value={form.rosterName}
          onChange={(rosterName) => onChange({ ...form, rosterName })}
          error={errors.rosterName}
          maxLength={120}
        />
        <TextField
          label="方案名称"
          value={form.planName}
          onChange={(planName) => onChange({ ...form, planName })}
          error={errors.planName}
          maxLength={120}
        />
        <TextField
          label="规划日期"
          value={form.asOf}
          placeholder="如 2026-03-05"
          className="finish-date"
          onChange={(asOf) => onChange({ ...form, asOf })}
          error={errors.asOf}
          hint={
            summary.reportDate
              ? '默认为名单的填报日期。自动规划按此日期判断临时群是否到期、群是否长期不活跃。'
              : '名单没有填报日期，默认为今天。自动规划按此日期判断临时群是否到期、群是否长期不活跃。'
          }
        />
        <p className="muted">
          按规则“{policyName}”自动规划；名单中已填写拟处置的群按所填处置。创建后打开整理看板。
        </p>
      </div>
    </div>
  );
}
