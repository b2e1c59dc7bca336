// How zh-gloss.ts reads a Chinese verb or set phrase whose CC-CEDICT gloss hides the word a report
// writes: a verb glossed by an asking verb (找到 "to find"), a word the dictionary describes (农家乐).
import { describe, expect, it } from "vitest";
import { askingVerbDone, glossChinese, glossWord } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("askingVerbDone", () => {
  it("reads a verb English asks with as the report's past participle", () => {
    expect(askingVerbDone("to find")).toBe("found");
    expect(askingVerbDone("to give")).toBe("given");
  });

  it("leaves an auxiliary, whose participle is a function word, and a sense that is no verb", () => {
    expect(askingVerbDone("to be")).toBeUndefined();
    expect(askingVerbDone("to have")).toBeUndefined();
    expect(askingVerbDone("to do")).toBeUndefined();
    expect(askingVerbDone("whole")).toBeUndefined();
  });
});

describe("glossChinese: verbs and described words", () => {
  it("keeps 找到 'to find' as 'found' and still drops 有 'to have'", () => {
    const english = glossChinese("有多少人找到了工作", none).split(" ");
    expect(english).toContain("found");
    expect(english).not.toContain("had");
  });

  it("gives a described word's examples as well as its description (农家乐: 'farm stay')", () => {
    const english = glossWord("农家乐", "nr").split(" ");
    expect(english).toContain("farm");
    expect(english).toContain("rural");
  });

  it("keeps a long description without examples to its first three words (以工代赈)", () => {
    expect(glossWord("以工代赈", "l").split(" ")).not.toContain("poverty");
  });
});
