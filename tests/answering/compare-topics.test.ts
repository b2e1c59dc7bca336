// A side whose programme the report names a sentence or two before its figure (topics.ts,
// judge.ts topicalSides): "The X project was launched … The project covered … had put in N Yuan
// of project funds." Before, such a side found no figure and the comparison was refused, or two
// figures with the same words went to the wrong sides.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Foreign-funded poverty alleviation":
    "The World Bank-financed Seventh Poverty Reduction Project was launched in five counties in April 2012. The project covered 150 project villages. By the end of November, the province had put in a total of 47.5 million Yuan of project funds. The project financed by the Asian Development Bank covered 80 villages and disbursed 15.2 million Yuan in 2012.",
  "Microfinance and mutual funds":
    "In 2012, the province invested 30 million Yuan of small loan discount funds and continued poverty alleviation by micro-credit in 20 key counties. By the end of December, the province had issued 410 million Yuan of small loans to help 16,000 poor households, and the income growth per household reached 2100 Yuan. The pilot mutual funds were implemented in 300 poor villages, supporting 12,500 poor households, and the income growth per household reached 1500 Yuan.",
});

describe("a side named by the sentences before its figure", () => {
  it("finds the figure of a programme named a sentence or two earlier", () => {
    const a = engine.answer(
      "Was the World Bank project input bigger than what the Asian Development Bank project disbursed?",
    );
    expect(a).toMatchObject({ type: "comparison", verdict: "yes", value: 47_500_000 });
  });

  it("gives each of two same-worded figures to the programme that names it", () => {
    const a = engine.answer(
      "Which gave the bigger income boost per household: microcredit or the mutual funds?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 2100 });
    expect(a.text).toContain("1500 Yuan");
  });

  it("counts what a programme named before did", () => {
    const a = engine.answer("Did microcredit or the mutual funds support more poor households?");
    expect(a).toMatchObject({ type: "comparison", value: 16_000 });
  });
});
