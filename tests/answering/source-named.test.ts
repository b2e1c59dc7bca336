// "… according to the report": where the asker expects the answer names no topic of the question
// (understand.ts SOURCE_NAMED), unless its words name something ("according to the plan").
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}), {});

describe("a named source of the answer", () => {
  it("is dropped when its words are stopwords only", () => {
    expect(read("How many wells were dug, according to the report?").english).not.toMatch(/accord/);
    expect(read("What was the budget as stated in the report?").english).not.toMatch(/stated/);
  });

  it("stays when it names a topic", () => {
    expect(read("How many wells were to be dug according to the plan?").english).toMatch(
      /according to the plan/,
    );
  });
});
