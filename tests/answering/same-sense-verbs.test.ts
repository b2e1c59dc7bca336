// A verb the report has stands also for the report's verbs of the same sense (rank.ts sameSenseVerbs):
// "completed" where the figure's sentence says "finished".
import { afterAll, describe, expect, it } from "vitest";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms, reportForm, sameSenseVerbs } from "../../src/answering/rank.js";
import { madeUpGansuEngine, realEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("sameSenseVerbs", () => {
  const engine = madeUpGansuEngine({
    "Whole Village Advancement":
      "In 2012, the province had finished whole village advancement in 1,236 villages. The completed villages built 320 km of roads. The province issued 12 million Yuan of loans.",
  });
  const { index } = engine;

  it("gives 'finished' for 'completed' when the report writes both", () => {
    expect(sameSenseVerbs("completed", "complet", index).map((r) => r.word)).toContain("finish");
  });

  it("gives nothing the report lacks or that general English uses otherwise ('issued' is not 'built')", () => {
    expect(sameSenseVerbs("issued", "issu", index).map((r) => r.word)).not.toContain("build");
  });
});

describe("reportForm", () => {
  const engine = madeUpGansuEngine({
    "Rain Plan": "In 2012, 38,600 children of poor households received 1,500 Yuan each.",
  });

  it("finds a WordNet base form the report writes only in an irregular form ('child': 'children')", () => {
    expect(reportForm("child", engine.index)).toBe("children");
  });

  it("finds a base form by its stem, and nothing for a word the report lacks", () => {
    expect(reportForm("household", engine.index)).toBe("household");
    expect(reportForm("teacher", engine.index)).toBeUndefined();
  });
});

describe("sameSenseVerbs: the commonest sense only", () => {
  const engine = madeUpGansuEngine({
    "Social Assistance":
      "Central state organs contributed 412 million Yuan. Enterprises were bringing 186 million Yuan.",
  });

  it("does not take a later synonym of another sense ('contribute': 'bring')", () => {
    expect(sameSenseVerbs("contribute", "contribut", engine.index).map((r) => r.word)).not.toContain("bring");
  });
});

describe("queryTerms: a phrasal verb keeps its own sense", () => {
  it("does not reword 'put' in 'put up' by the verb's synonym 'set'", () => {
    const engine = realEngine();
    const q = readQuestion("Did the drive put up more than 500 bridges?", engine.index, engine.glossary);
    const put = queryTerms(q, engine.index).find((t) => t.term === "put");
    expect(put?.alts.map((a) => a.term)).not.toContain("set");
  });
});
