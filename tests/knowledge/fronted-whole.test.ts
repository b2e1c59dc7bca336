// "Of the N yuan of X, A went to … and B to …": a sentence that opens on a figure breaks that
// figure down in the same sentence, as far as the figures after it add up (fronted-whole.ts).
import { describe, expect, it } from "vitest";
import { detectPartsGroups } from "../../src/knowledge/groups.js";
import { entriesOfSentence } from "../support/knowledge.js";

const groupsOf = (sentence: string) => {
  const entries = [...entriesOfSentence(sentence).values()];
  const written = new Map(entries.map((e) => [e.id, e.written]));
  return detectPartsGroups(entries).map((g) => ({
    total: written.get(g.total),
    parts: g.parts.map((p) => written.get(p)),
  }));
};

describe("a whole fronted by 'Of the' in its own sentence", () => {
  it("takes the figures after it that add up to it, not the statement that follows them", () => {
    expect(
      groupsOf(
        "Of the 3.2 billion yuan of loans issued in 2014, 1.9 billion yuan went to households and 1.3 billion yuan to enterprises, and 60 million yuan of discounts was arranged.",
      ),
    ).toEqual([{ total: "3.2 billion yuan", parts: ["1.9 billion yuan", "1.3 billion yuan"] }]);
  });

  it("makes no breakdown of figures that do not add up (examples), nor of a whole not fronted", () => {
    expect(
      groupsOf(
        "Of the 90 million yuan raised, 20 million yuan went to roads and 15 million yuan to schools.",
      ),
    ).toEqual([]);
    expect(
      groupsOf(
        "The county spent 90 million yuan, and 60 million yuan went to roads and 30 million yuan to schools.",
      ),
    ).toEqual([]);
  });
});
