// "Which is the nearest earlier item that gives something for this key?", asked for item after item
// of one sequence (the sentences of a section, in order). Searching back from each item costs the
// square of the sequence's length; here each item is tried at most once per key: a question about
// a key searches only the items since the last question about it, and falls back to that
// question's answer, which already covered everything before.

/** The index of the first element of an ascending list that is not below `value`. */
function firstNotBelow(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class NearestEarlier<K, T> {
  private readonly asked = new Map<K, { at: number; found: T | undefined }>();
  /**
   * @param candidates the items that can give something for a key, ascending (items not listed are
   *   never tried, so the list must hold every item that could).
   * @param give what an item gives for a key, or undefined when it gives nothing.
   */
  constructor(
    private readonly candidates: (key: K) => readonly number[],
    private readonly give: (key: K, item: number) => T | undefined,
  ) {}

  /** What the nearest item before `item` that gives something gives for `key`. Asked with items in ascending order per key. */
  before(key: K, item: number): T | undefined {
    const last = this.asked.get(key);
    const from = last?.at ?? 0;
    if (item < from) throw new Error(`NearestEarlier: item ${item} asked after ${from}`);
    const list = this.candidates(key);
    let found: T | undefined;
    for (let k = firstNotBelow(list, item) - 1; k >= 0 && list[k]! >= from; k--) {
      found = this.give(key, list[k]!);
      if (found !== undefined) break;
    }
    found ??= last?.found;
    this.asked.set(key, { at: item, found });
    return found;
  }
}
