/**
 * Non-work groups (日常交流群, 党员交流群, 便民服务群), labelled as such in 群类别: the planner lists
 * them but never counts them, and the recorded plan leaves them blank.
 */
import { addDays } from '../../core/dates';
import type { NonWorkCategory } from '../../core/roster/model';
import type { Platform } from './model';
import type { Rng } from './random';
import type { DistrictUnit } from './units';

export interface NonWorkDraft {
  name: string;
  category: NonWorkCategory;
  platform: Platform;
  lastActive: string;
  size: number;
}

/** [topic, category, probability] per unit type. */
const KINDS: Record<DistrictUnit['type'], ReadonlyArray<readonly [string, NonWorkCategory, number]>> = {
  department: [
    ['党员交流群', '党员交流群', 0.35],
    ['干部日常交流群', '日常交流群', 0.15],
  ],
  street: [
    ['机关党员交流群', '党员交流群', 0.8],
    ['干部日常交流群', '日常交流群', 0.5],
    ['居民便民服务群', '便民服务群', 0.3],
  ],
  town: [
    ['机关党员交流群', '党员交流群', 0.8],
    ['干部日常交流群', '日常交流群', 0.5],
  ],
  community: [
    ['居民便民服务群', '便民服务群', 0.25],
    ['党员交流群', '党员交流群', 0.2],
  ],
  village: [['村民便民服务群', '便民服务群', 0.3]],
};

export function nonWorkDrafts(rng: Rng, u: DistrictUnit, poolSize: number, planDate: string): NonWorkDraft[] {
  const out: NonWorkDraft[] = [];
  for (const [topic, category, p] of KINDS[u.type]) {
    if (!rng.chance(p)) continue;
    out.push({
      name: u.name + topic,
      category,
      platform: rng.chance(0.85) ? '微信' : 'QQ',
      lastActive: addDays(planDate, -rng.int(0, 30)),
      size: Math.max(3, Math.round(poolSize * (0.4 + 0.5 * rng.next()))),
    });
  }
  return out;
}
