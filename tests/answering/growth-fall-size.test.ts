// "By what percentage did X shrink/fall?" asks for the size of a fall: a positive percentage, never
// the negative growth a rise question gets for the same two figures.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  Overview:
    "The rural poor population of the province decreased from 4.0 million at the end of last year to 3.0 million at the end of this year. 120 counties took part.",
});

describe("growth asked with a verb of falling", () => {
  it("gives the size of the fall as a positive percentage", () => {
    const a = engine.answer("By what percentage did the rural poor population shrink in 2012?");
    expect(a).toMatchObject({ type: "derived", value: 25 });
  });

  it("a question asking the growth of a figure that fell still gets its negative change", () => {
    const a = engine.answer("By what percentage did the rural poor population grow in 2012?");
    expect(a).toMatchObject({ type: "derived", value: -25 });
  });
});
