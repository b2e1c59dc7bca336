// A glossary term inside a place name past its first character (元 "yuan" in 广元市) is a character
// of the name: the name is read whole when the knowledge writes it (glossary.ts translateChinese).
import { describe, expect, it } from "vitest";
import { translateChinese } from "../../src/answering/glossary.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const terms = fromTerms({ 元: "yuan", 资金: "funds" });

describe("translateChinese: a glossary term inside a name", () => {
  it("reads the name whole when the knowledge writes it", () => {
    const known = (w: string) => ["guangyuan", "funds", "yuan"].includes(w);
    expect(translateChinese("给广元市的资金是多少", terms, known)).toContain("Guangyuan");
    expect(translateChinese("给广元市的资金是多少", terms, known)).not.toMatch(/\byuan\b/);
  });

  it("keeps the glossary's reading where the knowledge does not write the name", () => {
    const known = (w: string) => ["funds", "yuan"].includes(w);
    expect(translateChinese("给广元市的资金是多少", terms, known)).toMatch(/\byuan\b/);
  });

  it("keeps a term standing on its own", () => {
    expect(translateChinese("投入了500万元资金", terms)).toMatch(/\byuan funds\b/);
  });
});
