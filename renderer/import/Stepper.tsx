/** The steps across the top: done ones can be revisited, later ones open once the way is clear. */
import { canEnter } from './model/gating';
import { STEP_LABELS, WIZARD_STEPS, type WizardState, type WizardStep } from './model/wizard';

export function Stepper({ state, onGo }: { state: WizardState; onGo: (step: WizardStep) => void }) {
  const current = WIZARD_STEPS.indexOf(state.step);
  return (
    <ol className="stepper" aria-label="导入步骤">
      {WIZARD_STEPS.map((step, i) => {
        const here = i === current;
        const reachable = i < current || (i > current && canEnter(state, step));
        const status = here ? 'is-current' : i < current ? 'is-done' : '';
        return (
          <li key={step} className={`stepper-step ${status}`}>
            <button
              type="button"
              className="stepper-button"
              aria-current={here ? 'step' : undefined}
              disabled={!here && !reachable}
              onClick={() => !here && onGo(step)}
            >
              <span className="stepper-mark" aria-hidden="true">
                {i < current ? '✓' : i + 1}
              </span>
              {STEP_LABELS[step]}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
