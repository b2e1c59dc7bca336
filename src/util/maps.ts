// The one way this code base memoises: look up, or compute once and keep, through
// getOrInsertComputed (named after the TC39 `Map.prototype.getOrInsertComputed` proposal, which
// Node 20 lacks). Where the kept value is derived from an object (an Engine, a KnowledgeBase, an
// Entry, a Glossary), the memo is a module-level WeakMap keyed by that object: it lives exactly as
// long as the object, so a reload (a new knowledge base, a new engine) starts afresh and the old
// values are collected with the old objects, with no version to compare and nothing to clear.
// Values derived from plain strings (stems, formatters) go in a Map. A memo may keep `undefined`
// or `null` ("no respelling"): an entry that is present counts as found.
interface MapLike<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
}

export function getOrInsertComputed<K, V>(map: MapLike<K, V>, key: K, compute: (key: K) => V): V {
  const found = map.get(key);
  // The second lookup runs only on a miss, or for a kept undefined.
  if (found !== undefined || map.has(key)) return found as V;
  const made = compute(key);
  map.set(key, made);
  return made;
}
