// 加 / 加上 between two things lists them as parts to add, and a sum word opening the asking clause
// asks about the parts the clause before it lists (zh-gloss.ts listedParts, zh-forms.ts). Examples of our own.
import { describe, expect, it } from "vitest";
import { partsToAdd } from "../../src/answering/zh-sum.js";
import { chineseForms } from "../../src/answering/zh-forms.js";

describe("parts joined by 加", () => {
  it("are the parts to add, a 和 inside one of them joining one name", () => {
    expect(partsToAdd("道路投资加上桥梁投资一共多少")).toEqual(["道路投资", "桥梁投资"]);
    expect(partsToAdd("中央和省级投入加上市县投入一共是多少")).toEqual(["中央和省级投入", "市县投入"]);
  });

  it("before a clause that asks their sum are added, not given", () => {
    const read = chineseForms("修路的资金中，道路投资加上桥梁投资，一共是多少钱？");
    expect(read).toContain("combined");
    expect(read).toMatch(/道路投资 and 桥梁投资/);
  });

  it("leave a clause that names its own thing before the sum word alone", () => {
    expect(chineseForms("道路投资加上桥梁投资，项目村一共有多少个？")).not.toContain("combined");
  });
});
