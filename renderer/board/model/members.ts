/**
 * The member list of the detail panel: everyone in the group after merge (the union over its
 * stack), community heads the auto-plan flags first, with whether they are planned to be removed.
 * Phone numbers are masked on screen.
 */
import { removalKey } from '../../../core/plan/model';
import { maskIdNumber, maskPhone } from '../../../core/report/mask';
import type { BoardData } from './board-data';

export interface MemberRow {
  key: string;
  name: string;
  unit: string | null;
  title: string | null;
  /** Masked phone (or ID number), or null. */
  contact: string | null;
  communityHead: boolean;
  /** Rule 6 flags this person here (移出成员 is offered). */
  flagged: boolean;
  /** Removed from every group of the stack that lists them. */
  removed: boolean;
}

/** The roster groups a card stands for: itself (unless created) and what it absorbed. */
export function stackOf(data: BoardData, id: string): string[] {
  const absorbed = data.sources.get(id) ?? [];
  return data.index.groupById.has(id) ? [id, ...absorbed] : [...absorbed];
}

/** Null when no group of the stack has a member list. */
export function memberRows(data: BoardData, id: string): MemberRow[] | null {
  const { index, plan } = data;
  const holders = new Map<string, string[]>();
  let listed = false;
  for (const g of stackOf(data, id)) {
    const list = index.membersByGroup.get(g);
    if (!list) continue;
    listed = true;
    for (const key of list) {
      const h = holders.get(key);
      if (h) {
        if (!h.includes(g)) h.push(g);
      } else holders.set(key, [g]);
    }
  }
  if (!listed) return null;
  const flaggedHere = new Set<string>();
  for (const g of stackOf(data, id)) for (const k of data.headSuggestions.get(g) ?? []) flaggedHere.add(k);
  const rows: MemberRow[] = [];
  for (const [key, groups] of holders) {
    const p = index.personByKey.get(key);
    const contact = p?.phone ? maskPhone(p.phone) : p?.idNumber ? maskIdNumber(p.idNumber) : null;
    rows.push({
      key,
      name: p?.name ?? key,
      unit: p?.unitName ?? null,
      title: p?.title ?? null,
      contact,
      communityHead: p?.isCommunityHead ?? false,
      flagged: flaggedHere.has(key),
      removed: groups.every((g) => plan.removals.has(removalKey(g, key))),
    });
  }
  const rank = (r: MemberRow): number => (r.flagged ? 0 : r.communityHead ? 1 : r.removed ? 2 : 3);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map((x) => x.r);
}
