// A report word followed by a particle it makes a phrasal verb with, a phrase the report never
// writes, means the phrase: "put up" (erect, build) where the report only "puts in" funds.
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { realEngine } from "../support/knowledge.js";
import { altsOfTerm } from "../support/query-terms.js";

describe("a phrasal verb of a report word", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });
  const altsOf = (text: string, term: string) => altsOfTerm(engine, text, term) ?? [];

  it("is searched by the phrase's senses when the report never writes it", () => {
    expect(altsOf("how many km of electric lines were put up for relocation", "put")).toContain("rais");
  });

  it("keeps the report's own phrase as the report means it", () => {
    expect(altsOf("how much was put in for relocation", "put")).not.toContain("rais");
  });

  it("is left alone in a question asking for names", () => {
    expect(altsOf("which facilities were put up in the villages", "put")).not.toContain("rais");
  });
});
