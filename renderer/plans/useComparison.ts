/**
 * Loads two plans of the open roster and compares them (core/compare). The open plan is taken
 * from memory (copied), the other from the database; when either is the open plan, the
 * comparison follows its edits (planVersion). The previous comparison stays on screen while
 * the next is computed.
 */
import { useEffect, useState } from 'react';
import { comparePlans } from '../../core/compare/compare';
import type { PlanComparison } from '../../core/compare/model';
import { useStore, useWorkspaceSelector } from '../store/context';

export type ComparisonState =
  | { status: 'loading'; key: string }
  | { status: 'failed'; key: string }
  | { status: 'ready'; key: string; comparison: PlanComparison; pair: readonly [string, string] };

export function useComparison(pair: readonly [string, string] | null): {
  state: ComparisonState | null;
  /** The comparison shown is not (yet) of `pair`. */
  stale: boolean;
} {
  const store = useStore();
  const roster = useWorkspaceSelector((s) => s.open?.roster ?? null);
  const index = useWorkspaceSelector((s) => s.open?.index ?? null);
  const openId = useWorkspaceSelector((s) => s.open?.planId ?? null);
  const planVersion = useWorkspaceSelector((s) => s.planVersion);
  const involvesOpen = pair !== null && openId !== null && pair.includes(openId);
  const key = pair ? `${pair[0]}\u0000${pair[1]}\u0000${involvesOpen ? planVersion : 0}` : '';
  const [state, setState] = useState<ComparisonState | null>(null);
  const a = pair?.[0] ?? null;
  const b = pair?.[1] ?? null;

  useEffect(() => {
    if (a === null || b === null || !roster || !index) return;
    let cancelled = false;
    void Promise.all([store.readPlanForCompare(a), store.readPlanForCompare(b)]).then(([pa, pb]) => {
      if (cancelled) return;
      if (!pa || !pb) {
        setState({ status: 'failed', key });
        return;
      }
      const comparison = comparePlans(
        roster,
        { plan: pa.plan, policy: pa.record.policy },
        { plan: pb.plan, policy: pb.record.policy },
        index,
      );
      setState({ status: 'ready', key, comparison, pair: [a, b] });
    });
    return () => {
      cancelled = true;
    };
  }, [store, roster, index, a, b, key]);

  if (pair === null) return { state: null, stale: false };
  return { state: state ?? { status: 'loading', key }, stale: state?.key !== key };
}
