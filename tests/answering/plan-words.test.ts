// The ways a question says "the plan": its nouns and the phrases English uses for what was intended.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { formOf } from "../../src/answering/forms.js";
import { PLAN_ASKED } from "../../src/answering/plan-words.js";
import { understand } from "../../src/answering/understand.js";

const glossary = fromTerms({});
const derivationOf = (text: string) => understand(text, glossary).derivation;

describe("plan words", () => {
  it("include what was intended as well as the plan's nouns", () => {
    for (const text of ["the annual quota", "they were supposed to", "what it was aiming for", "aimed at"])
      expect(PLAN_ASKED.test(text), text).toBe(true);
    expect(PLAN_ASKED.test("they aimed the camera")).toBe(false);
  });

  it("read 'planning to' as an intention, but not 'planning' as the noun for drawing plans up", () => {
    expect(PLAN_ASKED.test("how many wells were they planning to dig")).toBe(true);
    expect(derivationOf("how many wells was the county planning to dig in 2011?")).toEqual({ type: "plan" });
    expect(PLAN_ASKED.test("when was the planning approved")).toBe(false);
  });

  it("make 'how many more … than they were aiming for' a difference from the plan", () => {
    expect(derivationOf("how many more wells were dug than they were aiming for?")).toEqual({
      type: "versus-plan",
      sign: 1,
    });
  });
});

describe("a yes/no against the plan", () => {
  it("reads 'more … than they were supposed to' as beating the plan, and 'under the X' as no shortfall", () => {
    expect(formOf("did they dig more wells than they were supposed to?")).toMatchObject({
      type: "check",
      against: "plan",
      op: ">",
    });
    expect(formOf("did they dig more wells than planned under the village scheme?")).toMatchObject({
      op: ">",
    });
  });
});
