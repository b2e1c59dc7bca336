import { describe, expect, it } from "vitest";
import { formOf, NAME_MASK } from "../../src/answering/forms.js";

const masked = (q: string, name: string) => q.replace(name, NAME_MASK);

describe("formOf: a preposition before a programme's name frames the result, bounding nothing", () => {
  it("reads 'meet its task under <programme>' as reaching the plan, not falling short", () => {
    const q = "did the county meet its planned road building under the hill roads scheme in 2012?";
    expect(formOf(q, masked(q, "hill roads scheme"))).toEqual({ type: "check", against: "plan", op: ">=" });
  });

  it("reads 'over <programme>' as no excess", () => {
    const q = "did the villages reach their target over the water works drive?";
    expect(formOf(q, masked(q, "water works drive"))).toEqual({ type: "check", against: "plan", op: ">=" });
  });

  it("still reads a bound before the name's own plan ('under <programme>'s target')", () => {
    const q = "did the county stay under the hill roads scheme's target?";
    expect(formOf(q, masked(q, "hill roads scheme"))).toEqual({ type: "check", against: "plan", op: "<" });
    expect(formOf("did relocation fall short of the plan?")).toMatchObject({ op: "<" });
  });
});
