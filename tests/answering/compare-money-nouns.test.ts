// A noun that only says a side is money ("the central government's contribution") is not searched
// for (judge.ts searchedSides): the reports write money as "funds" or by the verb that put it in, so
// the noun counted against the very figure the side names and the side found none (Henan without
// its annotations, whose aliases had named the figure a contribution).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/answering/load-engine.js";
import { HENAN, withKnowledgeCopy } from "../support/knowledge.js";

describe("a side named as a contribution", () => {
  it("is the giver's figure on a report nobody annotated", () => {
    const a = withKnowledgeCopy((dir) => {
      rmSync(join(dir, HENAN, "annotations.json"));
      return loadEngine(dir).answer(
        "Was the central government's contribution bigger than the social poverty alleviation funds?",
      );
    });
    // The figure is the larger one "bigger" points at; the giver's own figure is weighed and cited.
    expect(a).toMatchObject({ type: "comparison", verdict: "no", value: 1_418_000_000 });
    expect(a.citations.map((c) => c.value)).toContain(1_029_000_000);
  });
});
