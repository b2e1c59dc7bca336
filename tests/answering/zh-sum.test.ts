// Parts a Chinese question lists to be added up (zh-sum.ts): read from the enumeration comma and the
// joining conjunctions; every listed part is added, or the question is refused. Examples of our own.
import { describe, expect, it } from "vitest";
import { isSumOf, listedSumParts, partsToAdd } from "../../src/answering/zh-sum.js";
import { realEngine } from "../support/knowledge.js";

describe("partsToAdd", () => {
  it("reads the parts listed before a word that asks them added", () => {
    expect(partsToAdd("道路、桥梁和水渠加起来有多少")).toEqual(["道路", "桥梁", "水渠"]);
    expect(partsToAdd("水井与水窖合计多少")).toEqual(["水井", "水窖"]);
  });

  it("reads no parts in a word that holds a conjunction's character, nor without a word of adding", () => {
    expect(partsToAdd("参与的企业一共有多少家")).toBeUndefined();
    expect(partsToAdd("道路、桥梁各有多少")).toBeUndefined();
  });

  it("reads a list in brackets, or one a demonstrative sums up, as one group, not parts", () => {
    expect(partsToAdd("甲县、乙县和丙县这三个县一共有多少个村")).toBeUndefined();
    expect(partsToAdd("试点县（甲县、乙县、丙县）一共有多少个村")).toBeUndefined();
  });

  it("counts three or more listed parts in the asking clause only", () => {
    expect(listedSumParts("中央、省级和市县的资金加起来是多少？")).toBe(3);
    expect(listedSumParts("水井与水窖合计多少？")).toBeUndefined();
    expect(isSumOf(3, { type: "derived", citations: [1, 2] })).toBe(false);
    expect(isSumOf(3, { type: "derived", citations: [1, 2, 3] })).toBe(true);
  });
});

describe("a sum asked in Chinese", () => {
  const ask = (q: string) => realEngine().answer(q);
  it("adds the two parts 和 joins (before: one of them, the bridges alone)", () => {
    const a = ask("整村推进修的桥梁和涵洞一共有多少座？");
    expect(a).toMatchObject({ type: "derived", value: 52 + 312 });
  });

  it("adds all three listed parts, and names all three (before: refused, two sides read)", () => {
    const a = ask("中央、省级和市县政府出的扶贫资金合计是多少？");
    expect(a).toMatchObject({ type: "derived", value: 1_029_000_000 + 181_000_000 + 400_000_000 });
    expect(a.citations).toHaveLength(3);
    expect(a.label?.split(/、|与/)).toHaveLength(3);
  });

  it("is refused when three listed parts cannot all be added", () => {
    const a = ask("桥梁、涵洞和学校一共有多少座？");
    expect(a.type).toBe("none");
  });
});
