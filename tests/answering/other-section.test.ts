// A question naming another section's programme by a word of its title is not answered with a
// figure of a section that never uses that word (other-section.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a figure of another programme than the one the question names", () => {
  const engine = madeUpGansuEngine({
    "Entire village advancement":
      "In 2012, the province completed entire village advancement in 800 villages, dug 58 wells and built canals of 117 km.",
    "Relocation for poverty alleviation":
      "In 2012, the province moved 5000 poor people out of mountain areas and built roads of 116 km for them.",
  });

  it("is refused: the wells were dug by village advancement, not for relocation", () => {
    expect(engine.answer("How many wells were dug in the relocation areas?").answered).toBe(false);
  });

  it("still answers the figure asked without the other programme's word, or of its own section", () => {
    expect(engine.answer("How many wells were dug?").value).toBe(58);
    expect(engine.answer("How many km of roads were built for relocation?").value).toBe(116);
  });
});
