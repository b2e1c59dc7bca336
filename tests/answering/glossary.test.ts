// The glossary read as an overlay on another translator's words (glossary.ts hyphenedAsKnown).
// Words of our own.
import { describe, expect, it } from "vitest";
import { hyphenedAsKnown } from "../../src/answering/glossary.js";

const knows =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe("hyphenedAsKnown", () => {
  it("reads a hyphened word the knowledge lacks as its parts it has (before: 'anti' stood as a topic)", () => {
    expect(hyphenedAsKnown("anti-poverty funds", knows("poverty", "funds"))).toBe("poverty funds");
  });

  it("keeps a hyphened word the knowledge writes, with or without its hyphen, or has no part of", () => {
    expect(hyphenedAsKnown("anti-poverty funds", knows("anti-poverty"))).toBe("anti-poverty funds");
    expect(hyphenedAsKnown("micro-credit", knows("microcredit"))).toBe("micro-credit");
    expect(hyphenedAsKnown("well-off", knows("funds"))).toBe("well-off");
  });
});
