// A misspelt filler word is written as that word, so the question reader finds the form it gives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { respelling } from "../../src/answering/respell.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

let engine: Engine;
beforeAll(() => {
  engine = madeUpGansuEngine({
    Overview:
      "In 2012, the per capita net income of farmers in the 43 key counties of the province was 4,200 Yuan. The rural population in poverty fell by 1.1 million.",
    "Mountain belt":
      "In the belt around the capital, the per capita net income of farmers was 3,900 Yuan, and the province trained 12,000 persons. The people living in the belt got 210 million Yuan.",
  });
});
afterAll(removeMadeUpReports);

describe("respelling: a misspelt filler word", () => {
  it("is written as the filler word one slip away, so the question's form can be read", () => {
    expect(respelling("whcih", engine.index)).toBe("which");
    expect(respelling("arround", engine.index)).toBe("around");
  });
});
