// "Among the trainees, 92,600 people found jobs": the rest of the group a sentence opens with, taken
// from the nearest larger figure of its unit before it (compute.ts wholeAmong, via complementOf).
// A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("the rest of a group named by 'Among the …,'", () => {
  const engine = madeUpGansuEngine({
    "Rain Plan":
      "The province planned to train 120,000 people in 2012. The Rain Plan trained a total of 131,800 people in the year, including 78,300 people in vocational skills training and 12,300 people in pre-job training. Among the trainees, 92,600 people found non-agricultural jobs.",
  });

  it("subtracts the part from the group's total, passing over the smaller parts and the plan", () => {
    const a = engine.answer("How many Rain Plan trainees did not end up in non-agricultural jobs?");
    expect(a).toMatchObject({ type: "derived", value: 39_200 });
  });
});
