// "What percentage of the plan …": a result over its plan, never a margin beyond the plan read as
// the share.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

const read = (q: string) => understand(q, fromTerms({}), { names: [] });

describe("reading a share of the plan", () => {
  it("asks for a result over its plan when the plan is the whole", () => {
    expect(read("what share of its target did the county reach?").derivation).toEqual({
      type: "share",
      ofPlan: true,
    });
  });

  it("keeps a share of a planned amount that names its own part an ordinary share", () => {
    expect(read("what percentage of the planned road budget was the county money?").derivation).toEqual({
      type: "share",
      namesPlan: true,
    });
    // A part named without a determiner is still a noun phrase; a participle alone is the result.
    expect(
      read("what share of the planned investment was central lottery money, in percent?").derivation,
    ).toEqual({ type: "share", namesPlan: true });
    expect(read("what percentage of the planned villages were finished in 2011?").derivation).toEqual({
      type: "share",
      ofPlan: true,
    });
  });
});

describe("answering a share of the plan", () => {
  it("divides a result by the plan the report states", () => {
    const a = realEngine().answer("what percent of the planned villages finished whole village advancement?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(101.2, 2);
  });

  it("does not answer a share counting several years together with one year's result", () => {
    const a = realEngine().answer(
      "counting 2010 and 2011 together, what percent of the planned villages finished whole village advancement?",
    );
    expect(a.type === "derived" && a.value !== null && Math.abs(a.value - 101.2) < 0.01).toBe(false);
  });

  it("works the plan back from a margin beyond it instead of giving the margin", () => {
    const a = realEngine().answer("what share of the planned households were relocated?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(117.06, 2);
  });

  it("gives a share of the plan the report states as stated", () => {
    const a = realEngine().answer("what percentage of the job transfer task did the rain plan achieve?");
    expect(a.type).toBe("figure");
    expect(a.value).toBe(105);
  });
});
