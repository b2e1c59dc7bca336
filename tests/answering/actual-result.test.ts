// "How many villages actually finished …?" asks for the result, not the plan the section opens with
// in more of the question's words (actual-result.ts). A made-up report.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { asksActualResult } from "../../src/answering/actual-result.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { madeUpEngine, madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

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

describe("the result that ranks first on its own words while its plan says more of the question", () => {
  // Liaoning 2013 (an invented fixture): "According to the plan, 600 poor villages were to carry out
  // entire village advancement in 2013. … In fact, 628 villages completed the construction tasks,
  // 104.7% of the plan." The result's words ("completed the construction tasks") name little of the
  // question; it takes what its plan matched.
  const folder = join(PROJECT_ROOT, "tests", "fixtures", "reports", "liaoning-2013");
  const engine = madeUpEngine(
    readFileSync(join(folder, "report.txt"), "utf8"),
    JSON.parse(readFileSync(join(folder, "meta.json"), "utf8")),
  );

  it("answers with the result", () => {
    expect(
      engine.answer("How many villages actually finished entire village advancement in 2013?").value,
    ).toBe(628);
  });
});
