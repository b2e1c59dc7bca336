// A comparison that names no plan weighs results: never a planned figure, but the parts of a
// result written after its share of the plan ("109.5% of the annual plan, of which 84,600 …") are results.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/answering/load-engine.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { addReport, withKnowledgeCopy } from "../support/knowledge.js";

const JIANGXI = join(PROJECT_ROOT, "tests", "fixtures", "reports", "jiangxi-2011");

describe("comparison sides and plans", () => {
  it("keeps the parts written after a share of the plan as results", () => {
    const a = withKnowledgeCopy((dir) => {
      addReport(dir, JIANGXI);
      return loadEngine(dir).answer(
        "In the Rain Plan, did more people get skills training for transfer employment or training in practical farming techniques?",
      );
    });
    expect(a).toMatchObject({ type: "comparison", value: 84_600 });
  });
});
