// Places listed before 一共 are the partners of one joint count, not parts to add (zh-sum.ts
// partsToAdd). Examples of our own in the style of the series' Chinese questions.
import { describe, expect, it } from "vitest";
import { partsToAdd } from "../../src/answering/zh-sum.js";

describe("partsToAdd: places joined before a word of adding", () => {
  it("reads two places (with a year before them) as who acted together, not parts", () => {
    // Before: the two places' figures were added (cadres plus projects).
    expect(partsToAdd("2013年天津和甘肃一共搞了多少个协作项目")).toBeUndefined();
  });

  it("still reads listed things as parts to add", () => {
    expect(partsToAdd("道路和桥梁一共修了多少")).toEqual(["道路", "桥梁"]);
  });
});
