// Where the answering layer finds a figure in its sentence: at its own place, never in the tail of a
// longer number written before it (the knowledge layer places figures by the same rule, written-at.ts).
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.js";
import { findWritten } from "../../src/answering/relations.js";

const entry = (written: string, sentence: string, context = sentence) =>
  ({ written, sentence, context }) as unknown as Entry;

describe("findWritten", () => {
  it("skips a longer number that ends with the figure's digits", () => {
    const s = "31,200 households were moved out, exceeding the target by 1,200 households.";
    expect(findWritten(entry("1,200 households", s))).toBe(s.lastIndexOf("1,200 households"));
  });

  it("looks in the figure's own clause first", () => {
    const s = "It trained 500 people; of them, 500 people found jobs.";
    expect(findWritten(entry("500 people", s, "of them, 500 people found jobs"))).toBe(
      s.lastIndexOf("500 people"),
    );
  });
});
