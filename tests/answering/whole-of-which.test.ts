// "420 poor villages in 36 counties, of which 85 villages were newly added": the parts after "of
// which" are of the figure that measures what they do, not of the counties between (relations.ts
// wholeOf). A small made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { wholeOf } from "../../src/answering/relations.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("wholeOf: the whole of an 'of which' part past a figure of another measure", () => {
  const engine = madeUpGansuEngine({
    "Mutual funds pilot":
      "By the end of 2012, the pilot of mutual funds had been carried out in 420 poor villages in 36 counties of the province, of which 85 villages were newly added in 2012.",
  });
  const { entries } = engine.kb;
  const at = (written: string) => entries.findIndex((e) => e.written === written);
  const whole = (written: string) =>
    wholeOf(entries[at(written)] as NumericEntry, at(written), engine.index)?.written;

  it("finds the villages, not the counties, as the whole of the villages", () => {
    expect(whole("85 villages")).toBe("420 poor villages");
  });

  it("gives the counties no whole: they are not a part", () => {
    expect(whole("36 counties")).toBeUndefined();
  });
});

describe("wholeOf: a plan between the whole and 'of which' is no whole", () => {
  const engine = madeUpGansuEngine({
    Resettlement:
      "In 2012, the province resettled 5,200 households with 21,000 people, accounting for 104% of the annual plan (5,000 households), of which 4,100 households were resettled in the two valley counties.",
  });
  const { entries } = engine.kb;
  const at = (written: string) => entries.findIndex((e) => e.written === written);
  const whole = (written: string) =>
    wholeOf(entries[at(written)] as NumericEntry, at(written), engine.index)?.written;

  it("takes the households resettled, not the plan, as the whole of the part", () => {
    expect(whole("4,100 households")).toBe("5,200 households");
  });
});
