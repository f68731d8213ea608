/**
 * A list of integers for scratch work repeated per group: it keeps its storage when cleared,
 * where an array set to `length = 0` gives its storage up and reallocates on the next push.
 */
export class IntList {
  items = new Int32Array(64);
  size = 0;

  push(value: number): void {
    if (this.size === this.items.length) {
      const grown = new Int32Array(this.size * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.size++] = value;
  }

  clear(): void {
    this.size = 0;
  }

  /** Sorts the list ascending: insertion sort for the usual short list, native sort beyond. */
  sort(): void {
    const { items, size } = this;
    if (size > 32) {
      items.subarray(0, size).sort();
      return;
    }
    for (let i = 1; i < size; i++) {
      const v = items[i] ?? 0;
      let j = i - 1;
      while (j >= 0 && (items[j] ?? 0) > v) {
        items[j + 1] = items[j] ?? 0;
        j--;
      }
      items[j + 1] = v;
    }
  }
}

/** Sorts a short array in place by `compare` (stable), without the native sort's temporary copy. */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): void {
  if (list.length > 16) {
    list.sort(compare);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const v = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, v) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = v;
  }
}
