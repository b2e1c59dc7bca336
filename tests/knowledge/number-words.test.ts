// Figures a report writes in words: a hyphened ten and unit ("eighty-six") is one number.
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/knowledge/numbers.js";
import { readSentence as read } from "../support/one-sentence.js";

describe("numbers written in words", () => {
  it("reads a hyphened compound as one number, not its ten and its unit", () => {
    expect(
      findNumbers("It built forty-three wells and Twenty-Seven ponds.").map((n) => [n.text, n.value]),
    ).toEqual([
      ["forty-three", 43],
      ["Twenty-Seven", 27],
    ]);
    expect(findNumbers("thirty-five thousand people")[0]).toMatchObject({ value: 35_000 });
    // Words apart are apart: "twenty one" is not read as one number.
    expect(findNumbers("the twenty").map((n) => n.value)).toEqual([20]);
  });

  it("keeps the compound as the figure's written form, so both checks hold", () => {
    const { entries, provenance, coverage } = read("The county opened fifty-two clinics.");
    expect(entries.map((e) => [e.value, e.unit, e.written])).toEqual([[52, "clinics", "fifty-two clinics"]]);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });
});
