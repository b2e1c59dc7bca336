// Memos with a ceiling, for getOrInsertComputed (maps.ts) where the keys come from questions or
// grow with the corpus: a long-running bot sees an unbounded stream of distinct words, and a memo
// that keeps every one of them is a leak. Two generations: new values go into the young one; when
// it holds `capacity / 2` keys it becomes the old one and the previous old one is dropped whole. A
// hit in the old generation is copied into the young one, so what questions keep using survives
// every turn. At most `capacity` keys are held, with no per-key bookkeeping (no LRU list).
// The values are pure functions of their keys, so a dropped value is only recomputed, never wrong.

type Generation<K, V> = {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
};

/** The two generations over any map kind: a Map for strong keys, a WeakMap for object keys. */
class TwoGenerations<K, V, M extends Generation<K, V>> {
  protected young: M;
  protected old: M;
  private count = 0;
  private readonly half: number;
  constructor(
    capacity: number,
    private readonly fresh: () => M,
  ) {
    this.half = Math.max(1, Math.floor(capacity / 2));
    this.young = fresh();
    this.old = fresh();
  }
  get(key: K): V | undefined {
    const found = this.young.get(key);
    if (found !== undefined || this.young.has(key)) return found;
    if (!this.old.has(key)) return undefined;
    const value = this.old.get(key) as V;
    this.set(key, value);
    return value;
  }
  has(key: K): boolean {
    return this.young.has(key) || this.old.has(key);
  }
  set(key: K, value: V): this {
    if (!this.young.has(key)) this.count += 1;
    this.young.set(key, value);
    if (this.count >= this.half) {
      this.old = this.young;
      this.young = this.fresh();
      this.count = 0;
    }
    return this;
  }
}

/** A Map-like memo holding at most `capacity` keys (strong keys: strings, numbers). */
export class BoundedMemo<K, V> extends TwoGenerations<K, V, Map<K, V>> {
  constructor(capacity: number) {
    super(capacity, () => new Map<K, V>());
  }
  /** Keys held now (at most the capacity). */
  get size(): number {
    let n = this.young.size;
    for (const k of this.old.keys()) if (!this.young.has(k)) n += 1;
    return n;
  }
}

/**
 * The same for object keys, held weakly: a memo keyed by an Entry lets the entry (and an old
 * knowledge base after a reload) be collected, and holds values for at most `capacity` keys.
 */
export class BoundedWeakMemo<K extends object, V> extends TwoGenerations<K, V, WeakMap<K, V>> {
  constructor(capacity: number) {
    super(capacity, () => new WeakMap<K, V>());
  }
}
