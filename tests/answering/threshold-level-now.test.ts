// A yes/no against a bound the question states, of a level the report gives with the level it moved
// from: the verb before the bound ("fall below") says only which way the figure moved, and with no
// year named the figure checked is the latest, never the one it moved from.
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  Schooling:
    "The dropout rate of pupils in the pilot counties fell from 8.4% to 6.2%, a fall of 2.2 percentage points. 3,100 teachers were trained.",
});

describe("threshold checks of a level that moved", () => {
  it("does not search with the verb of motion before the bound", () => {
    const q = understand("Did the dropout rate fall below 5% in 2012?", fromTerms({}));
    expect(q.terms.map((t) => t.surface)).not.toContain("fall");
    expect(q.terms.map((t) => t.surface)).toContain("dropout");
  });

  it("checks the level the rate fell to", () => {
    const a = engine.answer("Did the dropout rate fall below 7% in 2012?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 6.2 });
  });

  it("with no year named, checks the latest level, not the one it moved from", () => {
    const a = engine.answer("is the dropout rate of pupils under 7% now");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 6.2 });
  });
});
