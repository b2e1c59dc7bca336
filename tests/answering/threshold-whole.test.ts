// A yes/no bound on a total and its parts (judge.ts checkedFigure): the part is checked only when
// the question names what sets it apart. A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Investment of funds":
    " In 2012, a total of 4.418 billion Yuan of financial anti-poverty funds was issued for Gansu Province, of which 1.029 billion Yuan was from the central government, 181 million Yuan was from the provincial government and 1.12 billion Yuan was raised by the masses.",
});

describe("a bound on a total and its parts", () => {
  it("checks the total when the question names no part", () => {
    const a = engine.answer("Were the financial anti-poverty funds over 4 billion Yuan?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 4_418_000_000 });
  });

  it("checks the part the question names", () => {
    const a = engine.answer(
      "Were the financial anti-poverty funds from the central government over 1 billion Yuan?",
    );
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 1_029_000_000 });
  });
});
