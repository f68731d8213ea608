/** Counts of work groups by business line and by platform, before and after the plan. */
import type { CategoryCount } from './model';
import { Names } from './facts';

export const UNCATEGORISED = '未分类';

/**
 * Counts by name number: the roster's names (cached, never changed here) and, after them, names
 * met only in this plan (a corrected business line, a created group's platform).
 */
export class CountTally {
  private readonly extra = new Names();
  private readonly before: number[] = [];
  private readonly after: number[] = [];

  constructor(private readonly base: Names) {}

  numberOf(name: string): number {
    return this.base.find(name) ?? this.base.list.length + this.extra.number(name);
  }

  addBefore(n: number): void {
    this.before[n] = (this.before[n] ?? 0) + 1;
  }

  addAfter(n: number): void {
    this.after[n] = (this.after[n] ?? 0) + 1;
  }

  /** `first` names lead in their order (listed even when zero), then others as first met, `last` at the end. */
  list(first: readonly string[], last: string | null = null): CategoryCount[] {
    const names = [...this.base.list, ...this.extra.list];
    const count = (name: string): CategoryCount => {
      const n = this.base.find(name) ?? this.base.list.length + (this.extra.find(name) ?? names.length);
      return { name, before: this.before[n] ?? 0, after: this.after[n] ?? 0 };
    };
    const lead = new Set(first);
    const out = first.map(count);
    for (const name of names) {
      if (lead.has(name) || name === last) continue;
      const c = count(name);
      if (c.before > 0 || c.after > 0) out.push(c);
    }
    if (last !== null && !lead.has(last)) {
      const c = count(last);
      if (c.before > 0 || c.after > 0) out.push(c);
    }
    return out;
  }
}
