/**
 * Posting lists (person number → values) for rule 4's inverted indexes, kept in typed arrays
 * as linked lists and cleared between buckets without reallocating: a district has tens of
 * thousands of unit-platform buckets, and a Map of arrays per bucket kept the collector busy.
 */
import { IntList } from './int-list';

export class PostingLists {
  private readonly first: Int32Array;
  private values = new Int32Array(256);
  private links = new Int32Array(256);
  private size = 0;
  private readonly touched = new IntList();

  constructor(keys: number) {
    this.first = new Int32Array(keys).fill(-1);
  }

  add(key: number, value: number): void {
    if (this.size === this.values.length) {
      const values = new Int32Array(this.size * 2);
      const links = new Int32Array(this.size * 2);
      values.set(this.values);
      links.set(this.links);
      this.values = values;
      this.links = links;
    }
    const head = this.first[key] ?? -1;
    if (head === -1) this.touched.push(key);
    this.values[this.size] = value;
    this.links[this.size] = head;
    this.first[key] = this.size;
    this.size++;
  }

  /** Appends the key's values to `out` (most recent first). */
  collect(key: number, out: IntList): void {
    for (let e = this.first[key] ?? -1; e !== -1; e = this.links[e] ?? -1) out.push(this.values[e] ?? -1);
  }

  clear(): void {
    const { items, size } = this.touched;
    for (let i = 0; i < size; i++) this.first[items[i] ?? 0] = -1;
    this.touched.clear();
    this.size = 0;
  }
}
