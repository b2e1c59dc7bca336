// A lead-in that gives a count and what each unit got ("the loans reached N households and each
// one's income went up …"), then asks for the total across them: the total is count × amount each
// (understand.ts derivationOf), not the sum of two per-household figures that the lead-in's "and"
// seems to join. A spaced hyphen before the question word starts the asking clause, as a comma does.
import { afterAll, describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a total over units a lead-in gives a rate for", () => {
  const engine = madeUpGansuEngine({
    Microcredit:
      "In 2012, small loans helped 12,000 poor households develop income-generating industries, and the income of each such household increased by 1,800 Yuan. Mutual funds increased the income of each member household by 900 Yuan.",
  });

  it("multiplies the amount each by the count", () => {
    const a = engine.answer(
      "ok so the small loans reached a lot of households and each one's income rose - what's the total income increase for all of them together?",
    );
    expect(a).toMatchObject({ type: "derived", value: 21_600_000 });
  });

  it("reads the asking clause after a spaced hyphen, and a lead-in's parts as a sum only without 'each'", () => {
    const read = (q: string) => understand(q, fromTerms({}), {}).derivation;
    expect(
      read(
        "the loans reached many households and each one's income rose - what's the total for all of them combined?",
      ),
    ).toEqual({ type: "total" });
    expect(read("county + city - how much went into roads combined?")).toMatchObject({
      type: "sum",
      left: "county",
      right: "city",
    });
  });
});
