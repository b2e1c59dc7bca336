// Automatic labels (src/knowledge/labels.ts) for sentence shapes of round eleven's reports nobody
// annotated: each case is an invented sentence in the series' style showing one general rule.
import { describe, expect, it } from "vitest";
import { extractEntries } from "../../src/knowledge/extract.js";
import { isPastParticiple } from "../../src/text/participles.js";
import { TEST_REPORT_META } from "../support/knowledge.js";

/** The automatic label of one sentence's figures, by the figure as written. */
function read(sentence: string): Map<string, string> {
  const entries = extractEntries(
    TEST_REPORT_META,
    [{ title: "S", text: sentence, sentences: [sentence] }],
    [],
  );
  return new Map(entries.map((e) => [e.written, e.label]));
}

describe("isPastParticiple", () => {
  it("knows regular and irregular participles, not a bare verb", () => {
    expect(isPastParticiple({ text: "invested", lemma: "invest" })).toBe(true);
    expect(isPastParticiple({ text: "put", lemma: "put" })).toBe(true);
    expect(isPastParticiple({ text: "given", lemma: "give" })).toBe(true);
    expect(isPastParticiple({ text: "give", lemma: "give" })).toBe(false);
  });
});

describe("automatic labels: an irregular participle before the report's region", () => {
  it("'the funds put into <region> totaled N' is the funds, not the region", () => {
    const l = read(
      `In 2012, the poverty alleviation funds put into ${TEST_REPORT_META.region} Province totaled 3.862 billion Yuan.`,
    );
    expect(l.get("3.862 billion Yuan")).toMatch(/^Poverty alleviation funds/);
  });
});

describe("automatic labels: a growth in a relative clause", () => {
  it("'Among the central funds, which increased by N%, …' is the growth of the central funds", () => {
    const l = read(
      "Among the central funds, which increased by 24.6% over the previous year, 498.6 million Yuan was development funds.",
    );
    expect(l.get("24.6%")).toBe("Growth of central funds over the previous year (percent)");
  });
});
