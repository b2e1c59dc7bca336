// Memos with a ceiling: values come back as kept, at most `capacity` keys are held, and a key that
// keeps being used survives the turn of generations.
import { describe, expect, it } from "vitest";
import { BoundedMemo, BoundedWeakMemo } from "../../src/util/bounded-memo.js";
import { getOrInsertComputed } from "../../src/util/maps.js";

describe("BoundedMemo", () => {
  it("returns what was kept, undefined included, and computes once per kept key", () => {
    const memo = new BoundedMemo<string, number | undefined>(100);
    let calls = 0;
    const length = (k: string) => (calls++, k === "none" ? undefined : k.length);
    expect(getOrInsertComputed(memo, "abc", length)).toBe(3);
    expect(getOrInsertComputed(memo, "abc", length)).toBe(3);
    expect(getOrInsertComputed(memo, "none", length)).toBeUndefined();
    expect(getOrInsertComputed(memo, "none", length)).toBeUndefined();
    expect(calls).toBe(2);
    expect(memo.has("abc")).toBe(true);
    expect(memo.get("missing")).toBeUndefined();
    expect(memo.has("missing")).toBe(false);
  });

  it("never holds more than its capacity, however many keys pass through", () => {
    const memo = new BoundedMemo<number, number>(10);
    for (let i = 0; i < 1000; i++) {
      memo.set(i, i * 2);
      expect(memo.size).toBeLessThanOrEqual(10);
    }
    // The most recent keys are still there, with their values; the oldest are gone.
    expect(memo.get(999)).toBe(1998);
    expect(memo.has(0)).toBe(false);
  });

  it("keeps a key that is used again while others come and go", () => {
    const memo = new BoundedMemo<string, string>(4);
    memo.set("hot", "kept");
    for (let i = 0; i < 50; i++) {
      memo.set(`cold-${i}`, "x");
      expect(memo.get("hot")).toBe("kept");
    }
  });
});

describe("BoundedWeakMemo", () => {
  it("returns what was kept for an object key and drops keys beyond its capacity", () => {
    const memo = new BoundedWeakMemo<object, number>(4);
    const keys = Array.from({ length: 20 }, () => ({}));
    keys.forEach((k, i) => memo.set(k, i));
    expect(memo.get(keys[19]!)).toBe(19);
    expect(memo.has(keys[0]!)).toBe(false);
    const hot = {};
    memo.set(hot, -1);
    for (const k of keys) {
      memo.set(k, 0);
      expect(memo.get(hot)).toBe(-1);
    }
  });
});
