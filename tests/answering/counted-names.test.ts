// A number before the noun of a names question ("which four counties", "name the two …") says how
// many names, and the thing counted after a comparative is what both compared sides count.
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

const read = (q: string) => understand(q, fromTerms({}), { names: [] });

describe("names asked with their number", () => {
  it("reads 'name the four counties' and 'which two programmes' as asking for names", () => {
    expect(read("name the four counties of the second batch").asksNames).toBe(true);
    expect(read("which two programmes got lottery money?").asksNames).toBe(true);
    expect(read("name the four counties of the second batch").nameKind).toBe("county");
  });

  it("lists the names of the counties asked for with their number", () => {
    const a = realEngine().answer("Please name the four counties of the second contiguous development batch");
    expect(a.type).toBe("list");
    expect(a.text).toContain("Luanchuan County");
  });
});

describe("comparing what the comparative counts", () => {
  it("has both sides count the noun after 'more'", () => {
    expect(
      formOf("which batch had more poor villages, the first four counties or the second four?"),
    ).toMatchObject({
      type: "comparison",
      alike: true,
    });
  });

  it("compares villages with villages, not with the counties naming a side", () => {
    const a = realEngine().answer(
      "which contiguous development batch had more poor villages, the first four counties or the second four?",
    );
    expect(a.type).toBe("comparison");
    expect(a.value).toBe(44);
    expect(a.citations.map((c) => c.value).sort()).toEqual([40, 44]);
  });
});
