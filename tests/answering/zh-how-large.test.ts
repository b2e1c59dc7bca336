// (有)多大 asks how large a thing is, in the English "how large" the question reader knows; 多大比例
// still asks a share (zh-forms.ts). The phrases are made up for this test.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";

describe("chineseForms: 多大", () => {
  it("reads 规模有多大 as how large", () => {
    expect(chineseForms("新设的担保基金规模有多大？")).toBe("新设的担保基金规模 how large ？");
  });

  it("leaves 多大比例 to the share reader", () => {
    expect(chineseForms("中央资金占多大比例？")).toContain("what share");
  });
});
