// A later dictionary reading of a word, taken when the glossary's own English for a longer term
// holding the word writes it (zh-gloss.ts sensesInGlossary). Examples of our own.
import { describe, expect, it } from "vitest";
import { glossChinese } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const using =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe("glossChinese: a later reading the glossary's compounds write", () => {
  it("reads 修 ('to decorate; … to build') as the glossary's compounds do ('built' for 修建)", () => {
    const glossary = fromTerms({ 修建: "built" });
    const english = glossChinese("修了三座桥", glossary, using("built", "bridge"));
    expect(english).toContain("built");
    expect(english).not.toContain("decorate");
  });

  it("keeps the first reading when no glossary term holding the word writes a later one", () => {
    expect(glossChinese("修了三座桥", fromTerms({}), using("built", "bridge"))).not.toContain("built");
    expect(glossChinese("修了三座桥", fromTerms({ 修养: "self-cultivation" }), using("built"))).not.toContain(
      "built",
    );
  });

  it("takes only a reading whose words the reports use as well", () => {
    expect(glossChinese("修了三座桥", fromTerms({ 修建: "built" }), using("bridge"))).not.toContain("built");
  });

  it("leaves a first reading a report uses (安置 'to find a place for')", () => {
    const glossary = fromTerms({ 安置点: "arranged sites" });
    expect(glossChinese("安置", glossary, using("find", "place", "arranged"))).not.toContain("arrange");
  });
});
