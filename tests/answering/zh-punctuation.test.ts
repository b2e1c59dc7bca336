// A Chinese question typed with half-width punctuation reads as one typed full-width (zh-punctuation.ts).
import { describe, expect, it } from "vitest";
import { fullWidthPunctuation } from "../../src/answering/zh-punctuation.js";

describe("fullWidthPunctuation", () => {
  it("writes a mark beside a Chinese character full-width", () => {
    expect(fullWidthPunctuation("项目里,中央和省级一共投了多少钱?")).toBe(
      "项目里，中央和省级一共投了多少钱？",
    );
    expect(fullWidthPunctuation("培训(雨露计划) ;人数")).toBe("培训（雨露计划） ；人数");
  });

  it("keeps a number's comma, and English text, as written", () => {
    expect(fullWidthPunctuation("投了2,264万元")).toBe("投了2,264万元");
    expect(fullWidthPunctuation("How many, in total?")).toBe("How many, in total?");
  });
});
