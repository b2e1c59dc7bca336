// "Did A … more than B, or the other way round?" (forms.ts): the tag offers the reverse, so the
// question asks which of the two is larger, not whether A is. Without reading the tag as a choice
// the "or" split the question at the tag and no comparison was found.
import { afterAll, describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a comparison with its reverse offered as a tag", () => {
  it("reads as a choice between the sides the untagged question names", () => {
    const untagged = formOf("did the project build more wells than bridges?");
    expect(untagged).toMatchObject({ type: "comparison", yesNo: true });
    for (const tag of ["or the other way round", "or the other way around", "or vice versa"]) {
      const form = formOf(`did the project build more wells than bridges, ${tag}?`);
      expect(form).toEqual({ ...untagged, yesNo: false });
    }
  });

  it("answers with the larger figure and no verdict", () => {
    const engine = madeUpGansuEngine({
      "Rain Plan":
        "As of the end of December, the province had trained 150,000 people and transferred employment for 120,000 people.",
    });
    const a = engine.answer("Were more people trained than placed in jobs, or the other way around?");
    expect(a).toMatchObject({ type: "comparison", verdict: null, value: 150_000 });
  });
});
