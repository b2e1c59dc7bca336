// "How many villages actually finished …?" asks for the result, not the plan the section opens with
// in more of the question's words (actual-result.ts). A made-up report.
import { afterAll, describe, expect, it } from "vitest";
import { asksActualResult } from "../../src/answering/actual-result.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("asksActualResult", () => {
  it("reads a question that says the result was real", () => {
    expect(asksActualResult("how many farms actually got irrigation?")).toBe(true);
    expect(asksActualResult("how many roads did they end up paving")).toBe(true);
    expect(asksActualResult("in the end, how many wells were dug?")).toBe(true);
  });

  it("does not read a question that names the plan, or says nothing of the result being real", () => {
    expect(asksActualResult("how many wells were actually planned?")).toBe(false);
    expect(asksActualResult("how many wells were dug?")).toBe(false);
  });
});

describe("the result of the plan the best figure is", () => {
  const engine = madeUpGansuEngine({
    "Entire Village Advancement":
      "Under the annual plan, 500 poor villages were to carry out entire village advancement in 2012. In fact, 530 villages completed the construction tasks, 106% of the plan.",
  });

  it("answers a question about what was actually done with the result", () => {
    expect(engine.answer("How many villages actually carried out entire village advancement?").value).toBe(
      530,
    );
    expect(engine.answer("In the end, how many villages carried out entire village advancement?").value).toBe(
      530,
    );
  });

  it("answers a question about the plan with the plan", () => {
    expect(
      engine.answer("How many villages were planned to carry out entire village advancement?").value,
    ).toBe(500);
  });
});
