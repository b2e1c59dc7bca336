// A Chinese word's dictionary reading is kept when it is a form of a word the knowledge has
// (understand.ts, Lexicon.glossable): 慈善 "charitable" for a report that writes "charity".
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";

const glossary = fromTerms({});
const reportWords = new Set(["charity", "raised", "event"]);
const known = (w: string) => reportWords.has(w);

describe("understand: dictionary readings of a report word's family", () => {
  it("keeps 'charitable' when the lexicon says it stands for a report word", () => {
    const glossable = (w: string) => known(w) || w === "charitable";
    expect(understand("慈善募捐活动筹集了多少钱", glossary, { known, glossable }).english).toContain(
      "charitable",
    );
  });

  it("drops it with only the words the knowledge has as written", () => {
    expect(understand("慈善募捐活动筹集了多少钱", glossary, { known }).english).not.toContain("charitable");
  });
});
