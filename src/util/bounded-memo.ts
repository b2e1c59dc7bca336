// Memos with a ceiling, for getOrInsertComputed (maps.ts) where the keys come from questions or
// grow with the corpus: a long-running bot sees an unbounded stream of distinct words, and a memo
// that keeps every one of them is a leak. Two generations: new values go into the young one; when
// it holds `capacity / 2` keys it becomes the old one and the previous old one is dropped whole. A
// hit in the old generation is copied into the young one, so what questions keep using survives
// every turn. At most `capacity` keys are held, with no per-key bookkeeping (no LRU list).
// The values are pure functions of their keys, so a dropped value is only recomputed, never wrong.

/** A Map-like memo holding at most `capacity` keys (strong keys: strings, numbers). */
export class BoundedMemo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;
  constructor(capacity: number) {
    this.half = Math.max(1, Math.floor(capacity / 2));
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
    this.young.set(key, value);
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    return this;
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
export class BoundedWeakMemo<K extends object, V> {
  private young = new WeakMap<K, V>();
  private old = new WeakMap<K, V>();
  private count = 0;
  private readonly half: number;
  constructor(capacity: number) {
    this.half = Math.max(1, Math.floor(capacity / 2));
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
      this.young = new WeakMap();
      this.count = 0;
    }
    return this;
  }
}
