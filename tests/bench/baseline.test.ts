// The plain fuse.js baseline: one Fuse over the sentences, the first number of the top sentence.
import { describe, expect, it } from "vitest";
import { createBaseline, firstNumber, scoreBaseline } from "../../bench/baseline.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { onlyReport } from "../support/knowledge.js";

// The baseline over Henan's sentences alone: the figures below are Henan's, and a second report in
// knowledge/ (another province's village roads) would otherwise compete for the top sentence.
const baseline = createBaseline(onlyReport(loadKnowledge(DEFAULT_KNOWLEDGE_DIR)));

describe("baseline", () => {
  it("searches every sentence of the report once", () => {
    expect(baseline.docs.length).toBeGreaterThan(50);
    expect(baseline.docs.every((d) => d.text && d.section)).toBe(true);
  });

  it("answers with the first number (not a year) of the top sentence, cited to its section", () => {
    expect(firstNumber("In 2011, a total of 4.418 billion Yuan was issued")).toBe(4418000000);
    expect(firstNumber("up 35.2%, the biggest")).toBe(35.2);
    expect(firstNumber("no figures here")).toBeNull();
    const a = baseline.answer("village roads");
    expect(a.answered).toBe(true);
    expect(a.section).toBe("Entire village advancement");
    expect(
      scoreBaseline(
        { id: "x", kind: "short", q: "village roads", section: "Entire village advancement", value: 3005 },
        a,
      ),
    ).toBe(true);
  });

  it("declines when nothing is within the threshold, which is right for an out-of-scope question", () => {
    const a = baseline.answer("What's the best pizza in town?");
    expect(a.answered).toBe(false);
    expect(scoreBaseline({ id: "x", kind: "oos", q: a.question }, a)).toBe(true);
  });
});
