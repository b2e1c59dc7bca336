// A whole and its part in one sentence ("40 of the 52 schools"): the part when the question names
// its state, the whole when it does not.
import { describe, expect, it } from "vitest";
import { writtenAsPartOf } from "../../src/answering/part-by-state.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { realEngine } from "../support/knowledge.js";

const sentence = "Classes resumed in 40 of the 52 schools.";
const entry = (written: string): Entry =>
  ({ id: `r:s:${written}`, written, sentence, label: written, kind: "count" }) as unknown as Entry;

describe("writtenAsPartOf", () => {
  it("reads '<part> of the <whole>' in one sentence", () => {
    expect(writtenAsPartOf(entry("40"), entry("52 schools"))).toBe(true);
    expect(writtenAsPartOf(entry("52 schools"), entry("40"))).toBe(false);
  });
});

describe("the part whose state the question names", () => {
  it("answers a count of the project villages in that state with the part, and of all of them with the whole", () => {
    const engine = realEngine();
    expect(engine.answer("How many World Bank project villages had orderly work?").value).toBe(239);
    expect(engine.answer("How many World Bank project villages were there?").value).toBe(251);
  });
});
