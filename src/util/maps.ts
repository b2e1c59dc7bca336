// The one way this code base memoises into a Map or WeakMap: look up, or compute once and keep.
// Named after the TC39 `Map.prototype.getOrInsertComputed` proposal, which Node 20 lacks.
interface MapLike<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

export function getOrInsertComputed<K, V>(map: MapLike<K, V>, key: K, compute: (key: K) => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = compute(key);
  map.set(key, made);
  return made;
}
