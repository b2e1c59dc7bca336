// Yes/no against the plan a question gives ("did relocation meet its annual plan of 60,000
// people?"), when the report's plan is not paired with the result by the relation rules.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/answering/load-engine.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { addReport, realEngine, withKnowledgeCopy } from "../support/knowledge.js";

const GANSU = join(PROJECT_ROOT, "tests", "fixtures", "reports", "gansu-2011");

describe("a plan the question gives", () => {
  it("is the plan the result is measured against, citing the report's own figure for it", () => {
    const a = withKnowledgeCopy((dir) => {
      addReport(dir, GANSU);
      return loadEngine(dir).answer("Did Gansu's relocation reach its yearly plan of 60,000 people?");
    });
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 58_562 });
    expect(a.text).toContain("against a plan of 60,000 people: 97.6% of plan");
    expect(a.citations).toHaveLength(2);
  });

  it("is no plan for a figure that counts something else", () => {
    const a = realEngine().answer(
      "Did the poor villages covered by small loans meet their plan of 4,000 villages?",
    );
    expect(a.type).not.toBe("yesno");
  });
});
