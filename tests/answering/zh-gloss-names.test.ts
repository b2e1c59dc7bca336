// A place whose CC-CEDICT entry first points to its full name and then gives another thing of the
// same name (黑龙江: "see 黑龙江省", then "Heilong River or Amur River") is the place: it is written in
// pinyin, never in the other thing's words (zh-gloss.ts glossWord).
import { describe, expect, it } from "vitest";
import { glossChinese, taggedWords } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("glossChinese: a name that points to its full name", () => {
  it("writes the province in pinyin, not the river of the same name", () => {
    expect(taggedWords("黑龙江")[0]).toEqual({ word: "黑龙江", tag: "ns" });
    expect(glossChinese("黑龙江", none)).toBe("Heilongjiang");
  });

  it("leaves a name the dictionary translates as the dictionary writes it", () => {
    expect(glossChinese("天津", none)).toContain("Tianjin");
  });
});
