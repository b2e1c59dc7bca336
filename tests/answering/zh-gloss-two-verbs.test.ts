// A dictionary sense that joins two verbs ("to print and distribute") is read as the one the reports
// write (zh-gloss.ts sensesKnown). An example of our own.
import { describe, expect, it } from "vitest";
import { glossChinese } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("glossChinese: a sense of two joined verbs", () => {
  it("keeps the verb the reports use (before: nothing, since 'distribute' is not theirs)", () => {
    const reportWords = new Set(["print", "issues"]);
    const english = glossChinese("办公室印发了多少期简报", none, (w) => reportWords.has(w));
    expect(english.split(" ")).toContain("print");
    expect(english).not.toContain("distribute");
  });
});
