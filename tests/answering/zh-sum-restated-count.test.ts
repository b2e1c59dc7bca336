// A count right after a list of parts to add, with no demonstrative ("A和B两项加起来"), restates how
// many parts were listed: it is no word of the last part (zh-sum.ts). Examples of our own.
import { describe, expect, it } from "vitest";
import { partsToAdd, withoutRestatedCount } from "../../src/answering/zh-sum.js";

describe("withoutRestatedCount", () => {
  it("drops a count equal to the number of parts listed", () => {
    expect(partsToAdd("水井和水窖两项加起来有多少")).toEqual(["水井", "水窖"]);
    expect(partsToAdd("道路、桥梁和水渠三项合计多少")).toEqual(["道路", "桥梁", "水渠"]);
  });

  it("keeps a count that is not the number of parts, and a part that is only a count", () => {
    expect(withoutRestatedCount("水窖五个", 2)).toBe("水窖五个");
    expect(withoutRestatedCount("两项", 2)).toBe("两项");
  });
});
