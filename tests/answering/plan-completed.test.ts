// "How many villages completed the annual construction task?": a plan noun that is the object of a
// verb of completion says what the counted things did, so the result is asked, not the plan
// (understand.ts PLAN_COMPLETED). "What was the annual task?" still asks the plan.
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}), { known: () => true });

describe("a plan noun after a verb of completion", () => {
  it("asks the result", () => {
    expect(read("How many townships completed the annual paving task?").derivation).toBeUndefined();
    expect(read("How many schools fulfilled their yearly quotas?").derivation).toBeUndefined();
  });

  it("a plan asked outright is still the plan", () => {
    expect(read("What was the annual paving task for the townships?").derivation).toEqual({ type: "plan" });
  });
});
