/**
 * 导入名单: the import wizard (选择文件 → 工作表 → 表头行 → 列对应 → 检查 → 完成). The state and
 * the host calls live in useImportWizard (its pure model in model/); each step is its own
 * component. 上一步/下一步 below every step; what keeps the clerk from going on is said beside
 * them. Esc or 取消 asks before anything chosen is discarded.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Roster } from '../../core/roster/model';
import { ConfirmDialog } from '../components/Dialog';
import { useWorkspaceSelector } from '../store/context';
import { blockers, checkCounts, nextStep, previousStep } from './model/gating';
import {
  defaultFinishForm,
  finishErrors,
  hasFinishErrors,
  rosterSummary,
  type FinishForm,
} from './model/finish';
import { STEP_LABELS, WIZARD_STEPS } from './model/wizard';
import { Stepper } from './Stepper';
import { CheckStep } from './steps/CheckStep';
import { FilesStep } from './steps/FilesStep';
import { FinishStep } from './steps/FinishStep';
import { HeaderStep } from './steps/HeaderStep';
import { MappingStep } from './steps/MappingStep';
import { SheetsStep } from './steps/SheetsStep';
import { useImportWizard } from './useImportWizard';
import './import.css';

export function ImportWizard() {
  const { state, actions, today } = useImportWizard();
  const busy = useWorkspaceSelector((s) => s.busy !== null);
  const [asking, setAsking] = useState(false);
  const [finish, setFinish] = useState<{ roster: Roster; form: FinishForm } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);

  const roster = state.result?.roster ?? null;
  if (state.step === 'finish' && roster && finish?.roster !== roster) {
    setFinish({ roster, form: defaultFinishForm(roster, today) });
  }

  // A new step starts at its top, with the focus on its title (for keyboard and screen reader users).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    section.current?.closest('.screen')?.scrollTo({ top: 0 });
    heading.current?.focus();
  }, [state.step]);

  const index = WIZARD_STEPS.indexOf(state.step);
  const inTheWay = blockers(state, state.step);
  const back = previousStep(state.step);
  const next = nextStep(state.step);
  const form = finish?.form ?? null;
  const formErrors = form ? finishErrors(form) : {};
  const nothingToLose = state.sessionId === null;

  const cancel = () => (nothingToLose ? actions.leave() : setAsking(true));
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented || asking || busy) return;
    if (e.target instanceof Element && e.target.closest('dialog')) return;
    e.preventDefault();
    cancel();
  };

  let body;
  switch (state.step) {
    case 'files':
      body = <FilesStep state={state} actions={actions} />;
      break;
    case 'sheets':
      body = <SheetsStep state={state} actions={actions} />;
      break;
    case 'header':
      body = <HeaderStep state={state} actions={actions} />;
      break;
    case 'mapping':
      body = <MappingStep state={state} actions={actions} />;
      break;
    case 'check':
      body = <CheckStep state={state} actions={actions} />;
      break;
    case 'finish':
      body =
        roster && form ? (
          <FinishStep
            summary={rosterSummary(roster)}
            warnings={checkCounts(state)?.warnings ?? 0}
            form={form}
            errors={formErrors}
            onChange={(f) => setFinish({ roster, form: f })}
          />
        ) : null;
      break;
  }

  return (
    <section
      ref={section}
      className="page import-wizard"
      aria-labelledby="import-title"
      onKeyDown={onKeyDown}
    >
      <div className="wizard-top">
        <h1 id="import-title" className="page-title">
          导入名单
        </h1>
        <Stepper state={state} onGo={(step) => void actions.goTo(step)} />
      </div>
      <h2 ref={heading} tabIndex={-1} className="sr-only">
        第 {index + 1} 步，共 {WIZARD_STEPS.length} 步：{STEP_LABELS[state.step]}
      </h2>
      <div className="wizard-body">{body}</div>
      <div className="action-bar wizard-actions">
        <span className={inTheWay.length ? 'action-bar-error' : 'muted'} role="status">
          {inTheWay[0] ?? ''}
          {inTheWay.length > 1 && `（另有 ${inTheWay.length - 1} 处）`}
        </span>
        <button type="button" className="btn" onClick={cancel}>
          取消
        </button>
        <button
          type="button"
          className="btn"
          disabled={back === null}
          onClick={() => back && void actions.goTo(back)}
        >
          上一步
        </button>
        {next ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={inTheWay.length > 0 || busy}
            onClick={() => void actions.goTo(next)}
          >
            下一步
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary"
            disabled={!form || hasFinishErrors(formErrors) || busy}
            onClick={() => form && void actions.createPlan(form)}
          >
            创建方案
          </button>
        )}
      </div>
      {asking && (
        <ConfirmDialog
          title="放弃导入"
          confirmLabel="放弃导入"
          cancelLabel="继续导入"
          danger
          onConfirm={() => {
            setAsking(false);
            actions.leave();
          }}
          onCancel={() => setAsking(false)}
        >
          <p>已选择的文件和在向导中所做的选择、修改都不会保存。</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
