// A question written as a bare noun phrase ("total X for all Y?") is read as the wh-question it
// stands for: its head is its first noun phrase, and "total" asks for a total.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

const read = (q: string) => understand(q, fromTerms({}), { names: [] });

describe("a question asked as a noun phrase", () => {
  it("takes its first noun phrase as the head and 'total' as a total asked for", () => {
    const q = read("total road length for all relocation sites?");
    expect(q.head).toEqual(["total", "road", "length"]);
    expect(q.derivation).toEqual({ type: "total" });
  });

  it("leaves a question that opens with a verb or holds a question word alone", () => {
    expect(read("did the total road length pass 100 km?").derivation).toBeUndefined();
    expect(read("relocation laid how many km pipelines").head).toEqual([]);
    // A keyword "total" after the noun phrase only names the stated total.
    expect(read("relocation funds 2011 total").derivation).toBeUndefined();
    expect(read("road projects in 2010: total length in the two counties?").derivation).toEqual({
      type: "total",
    });
  });

  it("multiplies a figure per household by the households it is given for", () => {
    const a = realEngine().answer("Total income gain for all the households that small loans helped?");
    expect(a.type).toBe("derived");
    expect(a.value).toBe(52500000);
  });
});
