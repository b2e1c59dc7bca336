// Automatic labels (src/knowledge/labels.ts) for sentence shapes of round nine's reports nobody
// annotated: each case is an invented sentence in the series' style showing one general rule.
import { describe, expect, it } from "vitest";
import { extractEntries } from "../../src/knowledge/extract.js";
import { TEST_REPORT_META } from "../support/knowledge.js";

/** The automatic label and unit of one sentence's figures, by the figure as written. */
function read(sentence: string): Map<string, { label: string; unit: string }> {
  const entries = extractEntries(
    TEST_REPORT_META,
    [{ title: "S", text: sentence, sentences: [sentence] }],
    [],
  );
  return new Map(entries.map((e) => [e.written, { label: e.label, unit: e.unit }]));
}

describe("automatic labels: 'N of them' is a part of the count before it", () => {
  it("as the subject: the earlier figure's phrase and the part's predicate, in its unit", () => {
    const l = read(
      "In 2014, a total of 95,300 laborers were trained, and 71,200 of them found stable jobs in cities.",
    );
    expect(l.get("71,200")).toEqual({
      label: "Laborers trained that found stable jobs in cities",
      unit: "laborers",
    });
  });

  it("as the object of a verb: the earlier figure's noun and that verb", () => {
    const l = read("The province planned to rebuild 45 rural bridges and finished 41 of them.");
    expect(l.get("41")).toEqual({ label: "Rural bridges finished", unit: "bridges" });
  });

  it("after a preposition: the earlier figure's noun where the clause happened", () => {
    const l = read("The project covered 320 pilot villages, and roads had been paved in 290 of them.");
    expect(l.get("290")).toEqual({ label: "Pilot villages where roads had been paved", unit: "villages" });
  });
});

describe("automatic labels: ', with X of N' after a clause whose subject is a count", () => {
  it("the attribute is of that count, by its label, not of the verb's object", () => {
    const l = read(
      "Of the vocational trainees, 64,800 obtained transfer employment, with an average monthly wage of 2,180 Yuan.",
    );
    expect(l.get("2,180 Yuan")?.label).toBe(
      "Average monthly wage of vocational trainees obtained transfer employment",
    );
  });
});

describe("automatic labels: a participle of any form inside the subject", () => {
  it("the report's region after 'put into' says where; the subject is the funds", () => {
    const l = read(
      "In 2012, the poverty alleviation funds put into Anhui Province totaled 3.862 billion Yuan.",
    );
    expect(l.get("3.862 billion Yuan")?.label).toBe("Poverty alleviation funds put");
  });
});

describe("automatic labels: 'N of the M things' is a part of the whole written after it", () => {
  it("as the subject: the whole's noun without its plan words, and the clause's verb", () => {
    const l = read("By the end of the year, 25 of the 28 planned pilot projects had been completed.");
    expect(l.get("25")).toEqual({ label: "Pilot projects completed", unit: "projects" });
  });

  it("as the object: the whole's noun and the verb before the part", () => {
    const l = read("The province rebuilt 41 of the 45 rural bridges damaged by floods.");
    expect(l.get("41")).toEqual({ label: "Rural bridges rebuilt", unit: "bridges" });
  });
});
