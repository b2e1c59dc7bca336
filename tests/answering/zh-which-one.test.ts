// 哪一个 before a comparative ("which one … higher") weighs two sides; it asks for no list of names
// (zh-forms.ts whichFirst). The phrases are made up for this test.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";

describe("chineseForms: 哪一个 with a comparative", () => {
  it("puts the measure on both sides and keeps the comparison", () => {
    expect(chineseForms("旅游扶贫和光伏扶贫，哪一个带来的户均增收更高？")).toBe(
      "旅游扶贫带来的户均增收和光伏扶贫带来的户均增收，哪一个更高？",
    );
  });

  it("still reads 哪三个 + a noun as names asked", () => {
    expect(chineseForms("新建的是哪三个村？")).toMatch(/^哪些村/);
  });
});
