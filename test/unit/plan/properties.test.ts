import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isEmptyPatch, planAction } from '../../../core/plan/actions';
import { applyPatch, clonePlan } from '../../../core/plan/model';
import { PlanHistory, type PlanHistoryJSON } from '../../../core/plan/history';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { actionArb, groupsArb, resolveAction, UNITS, type ActionTemplate } from './arbitraries';
import { setup, snapshot } from './fixtures';
import { expectPlanInvariants } from './invariants';

const RUNS = { numRuns: 300 };

describe('actions (property)', () => {
  it('keep the plan consistent, never mutate it, and their inverse restores it exactly', () => {
    // The generators must reach the interesting cases, or the property proves little.
    const seen = new Map<string, number>();
    const count = (what: string): void => void seen.set(what, (seen.get(what) ?? 0) + 1);
    fc.assert(
      fc.property(groupsArb, fc.array(actionArb, { maxLength: 25 }), (groups, templates) => {
        const { roster, index, plan } = setup(UNITS, groups);
        for (const t of templates) {
          const action = resolveAction(t, roster, plan);
          const before = snapshot(plan);
          const r = planAction(roster, index, plan, YUELU_POLICY, action);
          expect(snapshot(plan)).toEqual(before);
          if (!r.ok) {
            count(r.code);
            continue;
          }
          count(action.type);
          if (r.patch.created.some(([, c]) => c === null)) count('created deleted');
          if (r.patch.decisions.length > 1) count('several decisions');
          const trial = clonePlan(plan);
          applyPatch(trial, r.patch);
          applyPatch(trial, r.inverse);
          expect(snapshot(trial)).toEqual(before);
          applyPatch(plan, r.patch);
          expectPlanInvariants(roster, plan);
          // Patches touch only entries that change: each differs from the prior value (the inverse).
          for (const field of ['decisions', 'created', 'removals', 'groupEdits'] as const) {
            const prior = r.inverse[field];
            r.patch[field].forEach(([key, value], i) => {
              expect(prior[i]?.[0]).toBe(key);
              expect(value).not.toEqual(prior[i]?.[1]);
            });
          }
        }
      }),
      RUNS,
    );
    if (process.env.SHOW_COVERAGE) console.log(seen);
    for (const what of [
      'merge',
      'mergeNew',
      'unmerge',
      'dissolve',
      'removeMember',
      'restoreMember',
      'editGroup',
    ]) {
      expect(seen.get(what) ?? 0, what).toBeGreaterThan(10);
    }
    for (const what of [
      'created deleted',
      'several decisions',
      'ACTION_TARGET_CLOSED',
      'ACTION_MERGE_SELF',
    ]) {
      expect(seen.get(what) ?? 0, what).toBeGreaterThan(5);
    }
  });
});

type Op =
  | { op: 'act'; t: ActionTemplate }
  | { op: 'begin' }
  | { op: 'end' }
  | { op: 'undo' }
  | { op: 'redo' }
  | { op: 'persist' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: actionArb.map((t) => ({ op: 'act' as const, t })) },
  { weight: 1, arbitrary: fc.constant({ op: 'begin' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'end' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'persist' as const }) },
);

interface Step {
  before: unknown;
  after: unknown;
}

describe('PlanHistory (property)', () => {
  it('undo and redo, interleaved with grouped and single actions, track a model of snapshots', () => {
    fc.assert(
      fc.property(
        groupsArb,
        fc.array(opArb, { maxLength: 40 }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        (groups, ops, limit) => {
          const { roster, index, plan } = setup(UNITS, groups);
          let history = new PlanHistory(limit === undefined ? {} : { limit });
          const max = limit ?? Infinity;
          let done: Step[] = [];
          let undone: Step[] = [];
          let depth = 0;
          let groupStart: unknown = null;
          let groupHasEntries = false;
          const close = (): void => {
            if (depth > 0 && groupHasEntries) done.push({ before: groupStart, after: snapshot(plan) });
            if (done.length > max) done = done.slice(done.length - max);
            depth = 0;
            groupHasEntries = false;
          };
          for (const o of ops) {
            if (o.op === 'act') {
              const r = planAction(roster, index, plan, YUELU_POLICY, resolveAction(o.t, roster, plan));
              if (!r.ok || isEmptyPatch(r.patch)) continue;
              const before = snapshot(plan);
              if (depth > 0 && !groupHasEntries) {
                groupStart = before;
                groupHasEntries = true;
              }
              applyPatch(plan, r.patch);
              history.record({ label: 'act', ...r });
              undone = [];
              if (depth === 0) {
                done.push({ before, after: snapshot(plan) });
                if (done.length > max) done = done.slice(done.length - max);
              }
            } else if (o.op === 'begin') {
              history.beginGroup('drag');
              depth++;
            } else if (o.op === 'end') {
              history.endGroup();
              if (depth === 1) close();
              else if (depth > 1) depth--;
            } else if (o.op === 'persist') {
              const json = JSON.parse(JSON.stringify(history.toJSON())) as PlanHistoryJSON;
              history = PlanHistory.fromJSON(json);
              close();
            } else {
              close();
              const undo = o.op === 'undo';
              const step = (undo ? done : undone).pop();
              const applied = undo ? history.undo(plan) : history.redo(plan);
              expect(applied === null).toBe(step === undefined);
              if (step) {
                expect(snapshot(plan)).toEqual(undo ? step.before : step.after);
                (undo ? undone : done).push(step);
              }
            }
            expect(history.canUndo).toBe(done.length > 0 || (depth > 0 && groupHasEntries));
            expect(history.canRedo).toBe(undone.length > 0);
          }
        },
      ),
      RUNS,
    );
  });

  it('undoing everything restores the initial plan exactly, and redoing everything the final one', () => {
    fc.assert(
      fc.property(groupsArb, fc.array(fc.tuple(actionArb, fc.nat(3)), { maxLength: 30 }), (groups, steps) => {
        const { roster, index, plan } = setup(UNITS, groups);
        const initial = snapshot(plan);
        const history = new PlanHistory();
        for (const [t, grouping] of steps) {
          if (grouping === 0) history.beginGroup('drag');
          const r = planAction(roster, index, plan, YUELU_POLICY, resolveAction(t, roster, plan));
          if (r.ok) {
            applyPatch(plan, r.patch);
            history.record({ label: t.kind, ...r });
          }
          if (grouping === 1) history.endGroup();
        }
        history.endGroup();
        const final = snapshot(plan);
        while (history.undo(plan) !== null);
        expect(snapshot(plan)).toEqual(initial);
        while (history.redo(plan) !== null);
        expect(snapshot(plan)).toEqual(final);
      }),
      RUNS,
    );
  });
});
