// "N students received allowances of M Yuan each": the total is N × M (compute.ts totalOf), never
// the per-student amount given back as if it were the total. A small made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

const engineFor = madeUpGansuEngine;
afterAll(removeMadeUpReports);

describe("a total from a count and an amount given 'each'", () => {
  const engine = engineFor({
    "Education assistance":
      "In 2012, the province renovated 187 schools in poor villages. A total of 28,400 students from poor families received living allowances of 1,200 Yuan each.",
  });

  it("multiplies the amount by the count it is given for", () => {
    const a = engine.answer("How much money in total went on the living allowances for poor students?");
    expect(a).toMatchObject({ type: "derived", value: 34_080_000 });
    expect(a.text).toContain("1,200 Yuan × 28,400");
  });

  it("still gives the amount each when that is asked", () => {
    expect(engine.answer("How much did each poor student get as a living allowance?").value).toBe(1200);
  });
});
