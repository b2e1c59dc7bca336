// A plan asked for is answered by a part of a planned total: "a planned investment of N, of which M
// was from the fund" plans M too (engine.ts statesTheComputation).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a part of a planned total", () => {
  const engine = madeUpGansuEngine({
    "Lottery fund projects":
      "In 2012 the projects were extended to Min County and Zhang County, with a planned investment of 52.6 million Yuan, of which 30 million Yuan was central lottery public welfare fund and 22.6 million Yuan was integrated funds.",
  });

  it("is the plan asked for", () => {
    const a = engine.answer(
      "How much central lottery public welfare fund was planned for Min County and Zhang County?",
    );
    expect(a).toMatchObject({ answered: true, value: 30_000_000 });
  });
});
