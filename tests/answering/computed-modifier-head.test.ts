// A computation's inputs name the thing asked when a label uses its noun, or its modifier as the
// label's head ("Microcredit for poor households" for "the average microcredit loan"); a modifier
// after the label's own head only says what that head was for ("Anti-poverty funds invested in
// relocation" is funds, not a "relocation subsidy"): unmatched-thing.ts computedMissesTheThing.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("an average whose amount measures another thing than asked", () => {
  it("is refused when only a qualifier of the amount's label names the thing's modifier", () => {
    // Before: 669.37 million Yuan invested ÷ 24,756 people, given as a subsidy per person.
    const a = realEngine().answer(
      "What was the relocation subsidy per person for poor people moved out of mountain areas?",
    );
    expect(a.type).toBe("none");
  });

  it("is still made when the label names what is averaged", () => {
    const a = realEngine().answer(
      "How much relocation funding was invested per relocated person on average?",
    );
    expect(a).toMatchObject({ type: "derived" });
    expect(a.value).toBeCloseTo(669_370_000 / 24_756, 0);
  });
});
