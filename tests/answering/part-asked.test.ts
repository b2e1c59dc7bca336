// A part of a named whole asked for ("how much of the planned investment was spent?") is not
// answered with a figure whose own words name no word of the part: that is the whole itself
// (part-asked.ts).
import { describe, expect, it } from "vitest";
import { partWords } from "../../src/answering/part-asked.js";
import { realEngine } from "../support/knowledge.js";

describe("partWords", () => {
  it("is the words after the whole's verb, years and amounts left out", () => {
    expect(partWords("how much of the planned investment was actually spent in 2011?")).toEqual(["spent"]);
    expect(partWords("how much of the funds came from the central government?")).toEqual([
      "central",
      "govern",
    ]);
    expect(partWords("how much of an increase was there?")).toEqual([]);
    expect(partWords("how much was spent?")).toEqual([]);
  });
});

describe("a part of a named whole", () => {
  it("is refused when the best figure names none of the part (the planned total is no part spent)", () => {
    const a = realEngine().answer(
      "How much of the planned investment for the 2011 lottery fund projects was actually spent?",
    );
    expect(a.answered).toBe(false);
  });

  it("is answered by the figure that names the part", () => {
    const a = realEngine().answer(
      "How much of the 2011 anti-poverty funds came from the central government?",
    );
    expect(a.value).toBe(1_029_000_000);
  });
});
