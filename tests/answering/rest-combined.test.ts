// "Did A give more than everyone else combined?": the second side is the rest of the whole A is part
// of (rest-combined.ts), worked out as the whole minus A; never another figure that matches "rest".
import { describe, expect, it } from "vitest";
import { isRestSide } from "../../src/answering/rest-combined.js";
import { realEngine } from "../support/knowledge.js";

describe("isRestSide", () => {
  it("reads the ways English names everyone else", () => {
    for (const side of [
      "everyone else combined",
      "all the rest put together",
      "the others",
      "all the other sources combined",
      "the rest",
    ])
      expect(isRestSide(side), side).toBe(true);
  });

  it("is not a side that names a thing of its own", () => {
    expect(isRestSide("the county governments")).toBe(false);
    expect(isRestSide("social funds")).toBe(false);
  });
});

describe("judge: a part against the rest of its whole", () => {
  it("weighs the part against the whole minus it", () => {
    // Before: 385.31 million against 36.1174 million of the World Bank project ("put" in "put together").
    const a = realEngine().answer(
      "Were the funds raised by the masses for entire village advancement more than all the rest put together?",
    );
    expect(a).toMatchObject({ type: "comparison", verdict: "no", value: 385_310_000 });
    expect(a.text).toContain("1.878756 billion Yuan");
  });

  it("finds the rest of the anti-poverty funds for the central government's part", () => {
    const a = realEngine().answer(
      "Did the central government provide more of the 2011 anti-poverty funds than all the other sources combined?",
    );
    expect(a).toMatchObject({ verdict: "no", value: 1_029_000_000 });
  });
});
