// 比 says "than" only as a word of its own; 比例, 比重 are nouns (zh-than.ts).
import { describe, expect, it } from "vitest";
import { hideNounThan, restoreThan } from "../../src/answering/zh-than.js";

describe("hideNounThan", () => {
  it("hides the 比 that opens a noun, so /比/ finds no comparison in a share asked", () => {
    const hidden = hideNounThan("项目资金占总目标的比例是多少");
    expect(hidden).not.toContain("比");
    expect(restoreThan(hidden)).toBe("项目资金占总目标的比例是多少");
    expect(hideNounThan("占全省的比重")).not.toContain("比");
  });

  it("keeps 比 the word, which compares", () => {
    expect(hideNounThan("计划投资比上一年多多少")).toContain("比上一年");
    expect(hideNounThan("甲比乙多吗")).toBe("甲比乙多吗");
  });
});
