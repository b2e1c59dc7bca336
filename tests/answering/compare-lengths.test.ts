// Comparatives of length (forms.ts, judge.ts): "which is longer, A or B?" is a comparison, and it
// weighs lengths; without it the question was read as no comparison and answered with one side.
import { afterAll, describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Relocation for poverty alleviation":
    "In the resettlement areas, the government built 84 km of roads, erected 96 km of electric circuits and built 31 bridges.",
});

describe("length comparatives", () => {
  it("read 'which was longer - A or B' as a choice of two, the dash setting off the frame", () => {
    expect(
      formOf("in the resettlement areas, which was longer - the roads they built or the electric circuits?"),
    ).toMatchObject({
      type: "comparison",
      wants: "larger",
      left: "roads they built",
      right: "electric circuits",
    });
    expect(formOf("which is shorter: the roads or the circuits?")).toMatchObject({ wants: "smaller" });
  });

  it("weigh the two lengths", () => {
    const a = engine.answer(
      "In the resettlement areas, which was longer: the roads or the electric circuits?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 96 });
    expect(a.text).toContain("84 km");
  });
});
