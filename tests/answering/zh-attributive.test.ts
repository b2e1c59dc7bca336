// A glossary term right before a noun only qualifies it, in the reports' words (zh-attributive.ts).
// Terms and renderings of our own.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { translateChinese } from "../../src/answering/glossary.js";
import { attributiveReading, opensWithNoun, writtenPairs } from "../../src/answering/zh-attributive.js";

describe("attributiveReading", () => {
  it("reads a noun term rendered as its adjective and a noun as the adjective alone", () => {
    expect(attributiveReading("中央", "central government")).toBe("central");
  });

  it("keeps a rendering that is no adjective with a noun added, or a numeral's", () => {
    expect(attributiveReading("贫困户", "poor households")).toBe("poor households");
    expect(attributiveReading("第一批", "first batch")).toBe("first batch");
    expect(attributiveReading("中央", "central")).toBe("central");
  });
});

describe("opensWithNoun", () => {
  it("tells a common noun from a verb or a name", () => {
    expect(opensWithNoun("财政资金有多少")).toBe(true);
    expect(opensWithNoun("投入了多少")).toBe(false);
  });
});

describe("translateChinese with the reports' word pairs", () => {
  const glossary = fromTerms({ 中央: "central government", 财政扶贫资金: "financial anti-poverty funds" });
  it("reads the term as the adjective where the reports write it before the next term's word", () => {
    const writes = writtenPairs(["The central financial anti-poverty funds were 9 million yuan."]);
    expect(translateChinese("中央财政扶贫资金有多少", glossary, undefined, writes)).toBe(
      "central financial anti-poverty funds",
    );
  });

  it("keeps the rendering where the reports name the authority, or before a verb", () => {
    const writes = writtenPairs([
      "Financial anti-poverty funds from the central government were 9 million yuan.",
    ]);
    expect(translateChinese("中央财政扶贫资金有多少", glossary, undefined, writes)).toBe(
      "central government financial anti-poverty funds",
    );
    const either = writtenPairs(["central financial"]);
    expect(translateChinese("中央投入了多少", glossary, undefined, either)).toContain("central government");
  });
});
