// An amount written with its gap to another ("N Yuan, M Yuan higher than that of X") states X's
// amount too (src/answering/amount-gap.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Rain Plan":
    "In 2012, the average annual income of trained households was 9,400 Yuan, 1,100 Yuan higher than that of untrained households.",
});

describe("the other side of a stated gap between amounts", () => {
  it("is worked out when the question names what the gap is measured against", () => {
    const a = engine.answer("What was the average annual income of untrained households?");
    expect(a).toMatchObject({ type: "derived", value: 8_300 });
    expect(a.text).toContain("9,400 Yuan − 1,100 Yuan");
  });

  it("not when the question asks the amount stated, or the gap itself", () => {
    const own = engine.answer("What was the average annual income of trained households?");
    expect(own).toMatchObject({ value: 9_400 });
    const gap = engine.answer("How much higher was the income of trained households?");
    expect(gap.value).not.toBe(8_300);
  });
});
