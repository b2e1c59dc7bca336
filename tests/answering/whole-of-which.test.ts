// "420 poor villages in 36 counties, of which 85 villages were newly added": the parts after "of
// which" are of the figure that measures what they do, not of the counties between (relations.ts
// wholeOf). A small made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { wholeOf, writtenAsPartOf } from "../../src/answering/relations.js";
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

describe("wholeOf and writtenAsPartOf: 'of whom' and a bracketed 'of which' open parts too", () => {
  const engine = madeUpGansuEngine({
    Training:
      "In 2012, 52,400 people received skills training, of whom 47,100 found jobs; 30,200 students received subsidies (of which 21,800 were in technical schools and 8,400 in colleges).",
  });
  const { entries } = engine.kb;
  const at = (written: string) => entries.findIndex((e) => e.written.startsWith(written));
  const entry = (written: string) => entries[at(written)] as NumericEntry;
  const whole = (written: string) => wholeOf(entry(written), at(written), engine.index)?.written;

  it("takes the figure before 'of whom' as the whole of the one after", () => {
    expect(whole("47,100")).toBe("52,400 people");
  });

  it("takes the figure before '(of which' as the whole of each part in the bracket", () => {
    expect(whole("21,800")).toBe("30,200 students");
    expect(writtenAsPartOf(entry("8,400"), entry("30,200"))).toBe(true);
    expect(writtenAsPartOf(entry("8,400"), entry("21,800"))).toBe(false);
  });
});

describe("writtenAsPartOf: a bracketed list ends at its bracket", () => {
  const engine = madeUpGansuEngine({
    Funds:
      "In 2012, 3.2 billion Yuan was invested, of which: 1.6 billion Yuan was fiscal funds (of which 1.1 billion Yuan was from the centre and 500 million Yuan from the province), 900 million Yuan was credit funds and 700 million Yuan was raised by the masses.",
  });
  const { entries } = engine.kb;
  const entry = (written: string) => entries.find((e) => e.written.startsWith(written)) as NumericEntry;

  it("takes a figure inside the bracket as the bracket's whole's part, and one after it not", () => {
    expect(writtenAsPartOf(entry("500 million"), entry("1.6 billion"))).toBe(true);
    expect(writtenAsPartOf(entry("900 million"), entry("1.6 billion"))).toBe(false);
  });
});
