// The unit a Chinese question asks an amount in (zh-magnitude.ts): 多少亿元 expects a figure of at
// least one 亿. Figures of our own.
import { describe, expect, it } from "vitest";
import type { RankedEntry } from "../../src/answering/rank.js";
import { askedMagnitude, sizedAsAsked, withoutAskedUnit } from "../../src/answering/zh-magnitude.js";

const ranked = (id: string, value: number, coverage: number) =>
  ({ entry: { id, kind: "money", value }, coverage }) as unknown as RankedEntry;

describe("askedMagnitude", () => {
  it("reads 亿 and 万 after the question word, nothing else", () => {
    expect(askedMagnitude("总投资是多少亿元？")).toBe(1e8);
    expect(askedMagnitude("捐赠价值多少万元？")).toBe(1e4);
    expect(askedMagnitude("那4200万里，省里出了多少？")).toBeUndefined();
  });
});

describe("sizedAsAsked", () => {
  const part = ranked("part", 58_400_000, 1);
  const total = ranked("total", 2_847_000_000, 1);
  it("puts a figure of the asked size first when it matches as well (before: the smaller part)", () => {
    expect(sizedAsAsked("整村推进项目总投资是多少亿元？", [part, total]).map((r) => r.entry.id)).toEqual([
      "total",
      "part",
    ]);
  });

  it("keeps the ranking when the later figure matches less, or no unit is asked", () => {
    const weaker = ranked("total", 2_847_000_000, 0.6);
    expect(sizedAsAsked("总投资是多少亿元？", [part, weaker])[0]!.entry.id).toBe("part");
    expect(sizedAsAsked("总投资是多少？", [part, total])[0]!.entry.id).toBe("part");
  });
});

describe("withoutAskedUnit", () => {
  it("drops the unit after the question word, so 万 is no topic word (before: 'thousand' was searched)", () => {
    expect(withoutAskedUnit("让多少万农村贫困人口脱贫？")).toBe("让多少农村贫困人口脱贫？");
    expect(withoutAskedUnit("有几亿资金")).toBe("有几资金");
  });

  it("keeps 万元 and 亿元 (the glossary's yuan) and a unit after a number", () => {
    expect(withoutAskedUnit("投了多少万元？")).toBe("投了多少万元？");
    expect(withoutAskedUnit("那4200万里")).toBe("那4200万里");
  });
});
