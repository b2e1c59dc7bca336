// A share whose whole the report states sentences before its part ("trained 64,800 people … A total
// of 52,600 trained people found jobs"), with no "of which" between them.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/answering/load-engine.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { addReport, realEngine, withKnowledgeCopy } from "../support/knowledge.js";

const LIAONING = join(PROJECT_ROOT, "tests", "fixtures", "reports", "liaoning-2013");

describe("a share of a whole stated before its part", () => {
  it("divides the part by the earlier whole of its section that counts the same thing", () => {
    const a = withKnowledgeCopy((dir) => {
      addReport(dir, LIAONING);
      return loadEngine(dir).answer(
        "What share of the people trained under Liaoning's Rain Plan found jobs through transfer employment?",
      );
    });
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(81.17, 2);
  });

  it("takes no earlier amount of money as the whole of a change (every amount is in Yuan)", () => {
    const a = realEngine().answer("henan anti-poverty funds increased by what percent vs previous year");
    expect(a.value).toBe(35.2);
  });
});
