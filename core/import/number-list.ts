/**
 * Growable lists of numbers kept in typed arrays: per-row bookkeeping of a million 成员 rows
 * (sources, person numbers) lives outside the garbage-collected heap instead of in arrays the
 * collector scans and copies as they grow.
 */
abstract class NumberList<A extends Int32Array | Float64Array> {
  length = 0;
  protected items: A;

  constructor(items: A) {
    this.items = items;
  }

  protected abstract larger(size: number): A;

  push(v: number): void {
    if (this.length === this.items.length) {
      const bigger = this.larger(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.length++] = v;
  }

  /** The item at i; `fallback` outside the list. */
  at(i: number, fallback: number): number {
    return i >= 0 && i < this.length ? (this.items[i] ?? fallback) : fallback;
  }

  set(i: number, v: number): void {
    if (i >= 0 && i < this.length) this.items[i] = v;
  }
}

/** Whole numbers in 32 bits (people and membership numbers). */
export class IntList extends NumberList<Int32Array> {
  constructor() {
    super(new Int32Array(1024));
  }

  protected larger(size: number): Int32Array {
    return new Int32Array(size);
  }
}

/** Any numbers (sources: sheet slot · 2²¹ + row can pass 2³¹). */
export class DoubleList extends NumberList<Float64Array> {
  constructor() {
    super(new Float64Array(1024));
  }

  protected larger(size: number): Float64Array {
    return new Float64Array(size);
  }
}
