/**
 * Names, dates and flags for a unit's groups, drawn to agree with each group's fate: a dissolved
 * group is dead, an ended temporary group, a chat-like or a photo check-in group; a kept or
 * merged group is active. So rules 1–4 of the auto-plan find in the data what the recorded plan
 * says about it.
 */
import { addDays } from '../../core/dates';
import type { GroupSlot, UnitSlots } from './fates';
import type { Rng } from './random';
import {
  CHAT_TOPICS,
  DEAD_TOPICS,
  ENDED_TEMPORARY,
  MAIN_TOPIC,
  PHOTO_TOPICS,
  RUNNING_TEMPORARY,
  topicsFor,
} from './topics';
import { BUSINESS_LINES } from './model';
import { ALL_DEAD_UNIT } from './units';

export interface GroupFacts {
  name: string;
  temporary: boolean;
  endDate: string | null;
  lastActive: string;
  photoRequired: boolean;
}

const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function describeGroups(rng: Rng, slots: UnitSlots, planDate: string): GroupFacts[] {
  const unit = slots.shape.unit;
  const topics = topicsFor(unit);
  const used = new Set<string>();
  const take = <T>(list: readonly T[], key: (t: T) => string): T | null => {
    const free = list.filter((t) => !used.has(key(t)));
    if (free.length === 0) return null;
    const t = rng.pick(free);
    used.add(key(t));
    return t;
  };
  const ordinary = (g: GroupSlot): string => {
    const t =
      take(topics[g.line], (x) => x) ??
      take(
        BUSINESS_LINES.flatMap((l) => topics[l]),
        (x) => x,
      );
    if (t === null) throw new Error(`${unit.name}：群名称主题不够用`);
    return t;
  };
  const ago = (days: number): string => addDays(planDate, -days);
  const allDead = unit.name === ALL_DEAD_UNIT;
  const active = (g: GroupSlot): string =>
    allDead
      ? ago(rng.int(100, 130))
      : g.main
        ? ago(rng.int(0, 3))
        : ago(rng.int(0, g.fate === 'kept' ? 45 : 80));
  const facts = (topic: string, lastActive: string, rest: Partial<GroupFacts> = {}): GroupFacts => ({
    name: unit.name + topic,
    temporary: false,
    endDate: null,
    lastActive,
    photoRequired: false,
    ...rest,
  });

  const describeDissolved = (g: GroupSlot): GroupFacts => {
    if (g.dissolve === 'temporary') {
      const t = take(ENDED_TEMPORARY, ([x]) => x);
      if (t) {
        const end = ago(t[1] + rng.int(0, 10));
        return facts(t[0], addDays(end, -rng.int(0, 20)), { temporary: true, endDate: end });
      }
    }
    if (g.dissolve === 'chat') {
      const t = take(CHAT_TOPICS, (x) => x);
      if (t) return facts(t, ago(rng.int(0, 2)));
    }
    if (g.dissolve === 'photo') {
      const t = take(PHOTO_TOPICS, (x) => x);
      if (t) return facts(t, ago(rng.int(0, 10)), { photoRequired: true });
    }
    const old = rng.chance(0.3) ? take(DEAD_TOPICS, ([x]) => x) : null;
    if (old) return facts(old[0], ago(old[1] + rng.int(0, 60)));
    return facts(ordinary(g), ago(allDead ? rng.int(200, 700) : rng.int(95, 700)));
  };

  const describeOpen = (g: GroupSlot): GroupFacts => {
    if (g.main) return facts(MAIN_TOPIC, active(g));
    if (g.quirk === 'temporary-open' || g.quirk === 'temporary-future') {
      const t = take(
        RUNNING_TEMPORARY.filter(([, d]) => (d === null) === (g.quirk === 'temporary-open')),
        ([x]) => x,
      );
      if (t)
        return facts(t[0], active(g), {
          temporary: true,
          endDate: t[1] === null ? null : addDays(planDate, t[1]),
        });
    }
    return facts(ordinary(g), active(g), { photoRequired: g.quirk === 'photo' });
  };

  // Kept groups first: a duplicate takes its name from the kept group it merges into.
  const out = new Map<GroupSlot, GroupFacts>();
  const keptOf = new Map<number, GroupSlot>();
  for (const g of slots.groups) {
    if (g.fate === 'kept' && g.final !== null) keptOf.set(g.final, g);
  }
  const order = [...slots.groups].sort((a, b) => rank(a) - rank(b));
  const twins = new Map<GroupSlot, { base: string; paren: boolean; next: number }>();
  for (const g of order) {
    if (g.fate === 'dissolved') out.set(g, describeDissolved(g));
    else if (g.duplicate && g.final !== null) out.set(g, describeTwin(g));
    else out.set(g, describeOpen(g));
  }
  return slots.groups.map((g) => {
    const f = out.get(g);
    if (!f) throw new Error('unreachable: every slot is described');
    return f;
  });

  function describeTwin(g: GroupSlot): GroupFacts {
    const target = g.final === null ? undefined : keptOf.get(g.final);
    const tf = target ? out.get(target) : undefined;
    if (!target || !tf) return describeOpen(g);
    let twin = twins.get(target);
    if (!twin) {
      const paren = /(工作群|总群)$/.test(tf.name) || rng.chance(0.4);
      twin = { base: paren ? tf.name : tf.name.slice(0, -1), paren, next: 2 };
      twins.set(target, twin);
      tf.name = paren ? `${tf.name}（一）` : `${twin.base}1群`;
    }
    const n = twin.next++;
    const name = twin.paren ? `${twin.base}（${CN_NUMERALS[n - 1] ?? n}）` : `${twin.base}${n}群`;
    return { ...facts('', active(g)), name };
  }
}

const rank = (g: GroupSlot): number => (g.fate === 'kept' ? 0 : g.duplicate ? 1 : 2);
