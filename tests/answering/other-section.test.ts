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

describe("a Chinese question naming a programme by a glossary term", () => {
  const engine = madeUpGansuEngine({
    "Rain Plan": "In 2012, the Rain Plan trained 52,000 poor labourers in cooking and welding.",
    "Rural tourism": "In 2012, rural tourism grew fast, and 9,300 poor people found work in tourism.",
  });

  it("is not answered with another section's figure that never uses the term's words", () => {
    expect(engine.answer("雨露计划有多少人找到了工作？").answered).toBe(false);
  });

  it("still answers from the section the term names, and without the term", () => {
    expect(engine.answer("雨露计划培训了多少贫困劳动力？").value).toBe(52000);
    expect(engine.answer("有多少贫困人口在旅游业找到了工作？").value).toBe(9300);
  });
});
