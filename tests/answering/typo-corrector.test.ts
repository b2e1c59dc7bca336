// The corrector looks for the word meant among the report words one typing slip away, the likeliest
// slip first, before it trusts a fuzzy score: fuse.js ranks a word that needs two slips, or a
// less likely one, above the word a single dropped or swapped letter gives.
import { describe, expect, it } from "vitest";
import { correctorOver } from "../support/corrector.js";
import { stem } from "../../src/text/words.js";

const REPORT_WORDS = [
  // Listed first, as a report may: fuse.js scores it as near "specil" as "special".
  "species",
  "special",
  "laying",
  "leading",
  "interest",
  "internet",
  "invested",
  "investment",
  "launched",
  "luanchuan",
];
const { meant } = correctorOver(REPORT_WORDS);

describe("corrector: the likeliest slip first", () => {
  it("one dropped letter before a word two slips off", () => {
    expect(meant("specil")).toBe(stem("special"));
  });

  it("two swapped letters before a word two letters off", () => {
    expect(meant("laeding")).toBe(stem("leading"));
    expect(meant("luanched")).toBe(stem("launched"));
    expect(meant("interset")).toBe(stem("interest"));
  });

  it("a word one slip from a stem the report has, though from none of the forms it writes", () => {
    expect(meant("invst")).toBe(stem("invested"));
  });
});
