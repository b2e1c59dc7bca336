// "Paid the premiums of N poor people at a standard of M yuan per person": the amount per person
// is labelled with few of the question's words and ranks below another figure of its sentence;
// the total is still N × M (compute.ts perUnitBelow), both cited, never M or N given back.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a total from an amount per person that ranks below the best figure", () => {
  const engine = madeUpGansuEngine({
    "Health Assistance":
      "In 2012, the province paid in full the premiums of the new rural cooperative medical scheme for 820,000 poor people, at a standard of 50 yuan per person, and provided medical assistance of 156 million yuan for 204,000 person-times.",
  });

  it("multiplies the amount per person by the people it was paid for", () => {
    const a = engine.answer(
      "How much did the province spend in total paying the cooperative medical premiums of poor people?",
    );
    expect(a).toMatchObject({ type: "derived", value: 41_000_000 });
    expect(a.text).toContain("50 yuan × 820,000 poor people");
  });

  it("still gives the medical assistance as stated", () => {
    expect(engine.answer("How much medical assistance did the province provide?").value).toBe(156_000_000);
  });
});
