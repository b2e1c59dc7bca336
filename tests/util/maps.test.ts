// The one memoising helper: computes a key's value once, including a value that is undefined or null.
import { describe, expect, it } from "vitest";
import { getOrInsertComputed } from "../../src/util/maps.js";

describe("getOrInsertComputed", () => {
  it("computes once per key and returns the kept value after", () => {
    const map = new Map<string, number>();
    let calls = 0;
    const length = (k: string) => (calls++, k.length);
    expect(getOrInsertComputed(map, "abc", length)).toBe(3);
    expect(getOrInsertComputed(map, "abc", length)).toBe(3);
    expect(calls).toBe(1);
  });

  it("keeps undefined and null as answers, not as misses", () => {
    const map = new Map<string, string | null | undefined>();
    let calls = 0;
    for (let i = 0; i < 3; i++) {
      expect(getOrInsertComputed(map, "none", () => (calls++, undefined))).toBeUndefined();
      expect(getOrInsertComputed(map, "null", () => (calls++, null))).toBeNull();
    }
    expect(calls).toBe(2);
  });

  it("works on a WeakMap keyed by the object the value is derived from", () => {
    const memo = new WeakMap<object, number[]>();
    const a = {};
    expect(getOrInsertComputed(memo, a, () => [1])).toBe(getOrInsertComputed(memo, a, () => [2]));
    expect(getOrInsertComputed(memo, {}, () => [2])).toEqual([2]);
  });
});
