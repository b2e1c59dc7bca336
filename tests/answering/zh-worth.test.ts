// 价值多少 / 值多少 asks what something is worth, money (zh-forms.ts WORTH_HOW_MUCH); read word by
// word it was a bare quantity noun and 多少 "how many", a count.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";

describe("chineseForms: worth how much", () => {
  it("reads 价值多少 and 值多少钱 as worth how much", () => {
    expect(chineseForms("捐赠的物资总共价值多少？")).toContain("worth how much");
    expect(chineseForms("这批物资值多少钱？")).toContain("worth how much");
  });

  it("leaves 价值 that is not asked about", () => {
    expect(chineseForms("价值500万元的物资送给了多少户？")).not.toContain("worth");
  });
});
