// Tables with a fixed memory bound for corpus-wide aggregation. Below the bound they are exact and
// independent of the order rows arrive in; past it they drop the lowest counts (Misra–Gries
// style), so memory stays flat however many documents stream through.

/** A map from key to a counted value that keeps at most `capacity` keys. */
export class BoundedTable<V extends { count: number }> {
  private readonly rows = new Map<string, V>();
  /** Set once a prune dropped rows: counts are then lower bounds. */
  pruned = false;

  constructor(private readonly capacity: number) {}

  /** Adds `by` to the key's count, creating the row with `create` if absent; `merge` updates it. */
  bump(key: string, by: number, create: () => V, merge?: (row: V) => void): void {
    let row = this.rows.get(key);
    if (!row) {
      row = create();
      this.rows.set(key, row);
    }
    row.count += by;
    merge?.(row);
    if (this.rows.size > this.capacity) this.prune();
  }

  get size(): number {
    return this.rows.size;
  }

  entries(): IterableIterator<[string, V]> {
    return this.rows.entries();
  }

  // Dropping every row at or below the median count halves the table in one linear pass, so
  // the cost per row added stays constant.
  private prune(): void {
    const counts = [...this.rows.values()].map((r) => r.count).sort((a, b) => a - b);
    const cut = counts[Math.floor(counts.length / 2)] ?? 0;
    for (const [k, r] of this.rows) if (r.count <= cut) this.rows.delete(k);
    this.pruned = true;
  }
}

/** The `k` greatest items under `compare` (negative when a ranks above b), deduplicated by key. */
export class TopK<T> {
  private readonly items = new Map<string, T>();

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** Offers an item; for a key already held, `prefer` picks which of the two to keep. */
  offer(key: string, item: T, prefer: (held: T, offered: T) => T): void {
    const held = this.items.get(key);
    this.items.set(key, held ? prefer(held, item) : item);
    if (this.items.size > this.k) {
      // The lowest-ranked item can never re-enter: the threshold only rises.
      let worstKey: string | null = null;
      let worst: T | null = null;
      for (const [k, v] of this.items) if (worst === null || this.compare(v, worst) > 0) [worstKey, worst] = [k, v];
      if (worstKey !== null) this.items.delete(worstKey);
    }
  }

  sorted(): T[] {
    return [...this.items.values()].sort(this.compare);
  }
}

/** Orders by count descending, then by name, the tie-break every summary list uses. */
export const byCountThenName = <T extends { name: string }>(count: (t: T) => number) => (a: T, b: T): number =>
  count(b) - count(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
