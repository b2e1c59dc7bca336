// The look-back that answers "the nearest earlier item that gives something" for item after item,
// trying each earlier item at most once per key.
import { describe, expect, it } from "vitest";
import { NearestEarlier } from "../../src/util/nearest-earlier.js";

// Items 0..7; item i "names" the colour in its slot, or nothing.
const named = ["red", undefined, "blue", undefined, undefined, "red", undefined, undefined];
const everyItem = named.map((_, i) => i);

function lookBack() {
  const tried: number[] = [];
  const nearest = new NearestEarlier<string, string>(
    () => everyItem,
    (colour, i) => (tried.push(i), named[i] === colour ? `item ${i}` : undefined),
  );
  return { nearest, tried };
}

describe("NearestEarlier", () => {
  it("gives what the nearest earlier item that gives something gives", () => {
    const { nearest } = lookBack();
    expect(nearest.before("red", 0)).toBeUndefined();
    expect(nearest.before("red", 1)).toBe("item 0");
    expect(nearest.before("red", 5)).toBe("item 0");
    expect(nearest.before("red", 6)).toBe("item 5");
    expect(nearest.before("blue", 7)).toBe("item 2");
    expect(nearest.before("green", 7)).toBeUndefined();
  });

  it("keeps its answer for items that add nothing, and tries each item at most once per key", () => {
    const { nearest, tried } = lookBack();
    for (let i = 0; i < named.length; i++) nearest.before("blue", i);
    expect(nearest.before("blue", named.length)).toBe("item 2");
    expect([...tried].sort((a, b) => a - b)).toEqual(everyItem);
  });

  it("tries only the candidates a key lists", () => {
    const tried: number[] = [];
    const nearest = new NearestEarlier<string, string>(
      () => [1, 4],
      (_, i) => (tried.push(i), `item ${i}`),
    );
    expect(nearest.before("any", 3)).toBe("item 1");
    expect(nearest.before("any", 8)).toBe("item 4");
    expect(tried).toEqual([1, 4]);
  });

  it("refuses an item earlier than one already asked about the key", () => {
    const { nearest } = lookBack();
    nearest.before("red", 5);
    expect(() => nearest.before("red", 2)).toThrow();
  });
});
