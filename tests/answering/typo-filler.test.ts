// A misspelt filler word is written as that word, so the question reader finds the form it gives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { respelling } from "../../src/answering/respell.js";
import { BELT_REPORT } from "../support/belt-report.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

let engine: Engine;
beforeAll(() => {
  engine = madeUpGansuEngine(BELT_REPORT);
});
afterAll(removeMadeUpReports);

describe("respelling: a misspelt filler word", () => {
  it("is written as the filler word one slip away, so the question's form can be read", () => {
    expect(respelling("whcih", engine.index)).toBe("which");
    expect(respelling("arround", engine.index)).toBe("around");
  });
});
