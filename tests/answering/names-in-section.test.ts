// A name the question gives ("the World Bank project") must be one the figure is about: its own
// words, or the section it stands in when the paragraph names the project once and then gives its
// figures without naming it again.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a name matched by the figure's section", () => {
  const engine = madeUpGansuEngine({
    "Foreign-funded poverty alleviation":
      "The World Bank poverty alleviation project passed two inspections in 2012. Currently, the relevant work was orderly done in 239 of the 251 project villages.",
    "Entire village advancement": "In 2012, 812 project villages completed entire village advancement.",
  });

  it("answers the figure of a paragraph about the name, though its sentence does not repeat it", () => {
    expect(
      engine.answer("How many project villages are there in the World Bank foreign-funded project?").value,
    ).toBe(251);
  });

  it("still refuses a name no section of the figure has", () => {
    expect(
      engine.answer(
        "How many project villages are there in the Asian Development Bank foreign-funded project?",
      ).answered,
    ).toBe(false);
  });
});
