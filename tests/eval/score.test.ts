import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/schema.js";
import { scoreAnswer } from "../../src/eval/score.js";

const henan = { id: "henan-2011", title: "Henan", region: "Henan", year: 2011 };
const hubei = { id: "hubei-2012", title: "Hubei", region: "Hubei", year: 2012 };
const cite = (report: string, value: number) => ({
  entryId: null,
  report,
  section: "Entire village advancement",
  quote: "…",
  value,
  unit: "km",
  written: null,
});
// A question naming no province, answered from both reports: Henan's figure first.
const both = {
  question: "How many km of village roads?",
  answered: true,
  type: "figure",
  verdict: null,
  value: 3005,
  section: "Entire village advancement",
  report: henan,
  reports: [henan, hubei],
  citations: [cite("henan-2011", 3005), cite("hubei-2012", 2680)],
  text: "",
} as unknown as Answer;
const q = { id: "HB7", kind: "direct", q: both.question, section: "Entire village advancement", value: 2680 };

describe("scoreAnswer", () => {
  it("scores a set written about one report on that report's figure when the reply gives each report's", () => {
    expect(scoreAnswer(q, both, "hubei-2012").right).toBe(true);
  });
  it("scores the primary figure when the set names no report", () => {
    expect(scoreAnswer(q, both).why).toBe("wrong figure");
  });
  it("takes any of a question's other right figures beside its value", () => {
    expect(scoreAnswer({ ...q, value: 2680, values: [3005] }, both).right).toBe(true);
    expect(scoreAnswer({ ...q, value: 2680, values: [1] }, both).why).toBe("wrong figure");
  });
  it("does not take another report's figure for the asked report's", () => {
    expect(scoreAnswer({ ...q, value: 3005 }, both, "hubei-2012").right).toBe(false);
  });
  it("takes a verdict only from the asked report's own answer", () => {
    const yesno = { ...q, kind: "yesno", verdict: "yes" as const };
    expect(scoreAnswer(yesno, both, "hubei-2012").right).toBe(false);
    const own = (report: typeof henan, value: number) => ({
      report,
      type: "yesno" as const,
      verdict: "yes" as const,
      value,
      unit: "km",
      statement: "Yes",
      arithmetic: null,
    });
    const checked = {
      ...both,
      type: "yesno",
      verdict: "yes",
      byReport: [own(henan, 3005), own(hubei, 2680)],
    } as Answer;
    expect(scoreAnswer(yesno, checked, "hubei-2012").right).toBe(true);
    expect(scoreAnswer({ ...yesno, verdict: "no" }, checked, "hubei-2012").right).toBe(false);
  });
});
