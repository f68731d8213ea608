/**
 * What the plans screen shows for each roster (the tab, the compared pair, the comparison's list
 * and its order), kept while the app runs so that going to the board and back returns to the same
 * comparison. It is screen state, not workspace data: it is not saved.
 */
import { useCallback, useState } from 'react';
import type { GroupSortKey, SortDirection } from '../../core/compare/model';

export type PlansTab = 'list' | 'compare';
export type CompareList = 'units' | 'groups';

export interface PlansScreenState {
  tab: PlansTab;
  pair: [string, string] | null;
  list: CompareList;
  /** The unit list shows only the units whose figures differ. */
  unitsDifferingOnly: boolean;
  sort: { key: GroupSortKey; direction: SortDirection };
}

export const INITIAL_SCREEN_STATE: PlansScreenState = {
  tab: 'list',
  pair: null,
  list: 'groups',
  unitsDifferingOnly: true,
  sort: { key: 'unit', direction: 'asc' },
};

const remembered = new Map<string, PlansScreenState>();

export function usePlansScreenState(
  rosterId: string,
): [PlansScreenState, (fields: Partial<PlansScreenState>) => void] {
  const [state, setState] = useState<PlansScreenState>(
    () => remembered.get(rosterId) ?? INITIAL_SCREEN_STATE,
  );
  const update = useCallback(
    (fields: Partial<PlansScreenState>) => {
      setState((prev) => {
        const next = { ...prev, ...fields };
        remembered.set(rosterId, next);
        return next;
      });
    },
    [rosterId],
  );
  return [state, update];
}
