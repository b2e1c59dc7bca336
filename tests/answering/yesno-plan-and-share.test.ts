// Yes/no checks on a report nobody annotated: a result written "N of them" after its plan in the
// same sentence is measured against that plan (relations.ts planOf), and a bound given as a
// fraction of a whole ("more than a fifth of the money") is a bound on the share the report
// states (forms.ts), not a question the form reader drops.
import { afterAll, describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Infrastructure in poor areas":
    "The province planned to reinforce 40 dangerous reservoirs in the key counties and completed 36 of them.",
  "Industrial poverty alleviation":
    "In 2012, the province arranged 300 million Yuan of financial funds for industrial development, accounting for 15.5% of the financial anti-poverty funds.",
});

describe("a result written 'N of them' after its plan", () => {
  it("is measured against that plan", () => {
    const a = engine.answer("Did Gansu reinforce all the dangerous reservoirs it planned to?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 36 });
    expect(a.text.split("\n")[0]).toContain("40 dangerous reservoirs");
  });
});

describe("a fraction of a whole as the bound", () => {
  it("reads as a bound on a percentage", () => {
    expect(formOf("was more than a fifth of the county money spent on roads?")).toMatchObject({
      type: "check",
      against: "threshold",
      op: ">",
      threshold: 20,
      percent: true,
    });
    expect(formOf("did at least half of the loans go to poor households?")).toMatchObject({
      against: "threshold",
      op: ">=",
      threshold: 50,
      percent: true,
    });
  });

  it("is checked against the share the report states", () => {
    const a = engine.answer(
      "Was more than a fifth of the financial anti-poverty money spent on industrial development?",
    );
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 15.5 });
  });
});
