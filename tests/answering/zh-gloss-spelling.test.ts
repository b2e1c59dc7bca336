// A dictionary word in American spelling is read in the British spelling a report writes
// (glossary.ts translateChinese, text/spelling.ts). Words of our own.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { translateChinese } from "../../src/answering/glossary.js";

describe("translateChinese: the report's spelling of a dictionary word", () => {
  const glossary = fromTerms({});
  it("reads 劳动力 'labor force' as the 'labour' a British report writes", () => {
    const british = (w: string) => ["labour", "rural"].includes(w);
    expect(translateChinese("农村劳动力", glossary, british)).toBe("rural labour");
  });

  it("keeps the American spelling where the report writes it", () => {
    const american = (w: string) => ["labor", "rural"].includes(w);
    expect(translateChinese("农村劳动力", glossary, american)).toBe("rural labor");
  });
});
