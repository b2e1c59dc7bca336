// "By how many percentage points did X go up?": the change of a rate in points, which reports
// state as "rose by 2.6 percentage points to 58.3%". It was read as a growth rate (a percentage),
// so the rate itself (58.3%) was given.
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("understand: 'how many percentage points'", () => {
  it("asks for no growth rate", () => {
    const q = read("By how many percentage points did tap water coverage in the assisted villages go up?");
    expect(q.derivation).toBeUndefined();
  });

  it("keeps 'how many percent did X grow' a growth rate", () => {
    expect(read("How many percent did the income of farmers grow?").derivation).toEqual({ type: "growth" });
  });
});
