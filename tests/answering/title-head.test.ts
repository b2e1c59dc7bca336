// A programme named by its title's words before the head and a head noun of the asker's own
// ("the whole-village makeovers" for "Entire village advancement").
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { headsATitle } from "../../src/answering/title-head.js";
import { NOUN_FLOOR } from "../../src/answering/register.js";
import { realEngine } from "../support/knowledge.js";
import { termOfQuestion } from "../support/query-terms.js";

describe("headsATitle", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });

  it("is true after every word of a title before its head, in order", () => {
    expect(headsATitle([new Set(["whole", "entir"]), new Set(["villag"])], engine.index)).toBe(true);
  });

  it("is false after only some of them, or in another order", () => {
    expect(headsATitle([new Set(["villag"])], engine.index)).toBe(false);
    expect(headsATitle([new Set(["villag"]), new Set(["entir"])], engine.index)).toBe(false);
  });

  it("lets the asker's own head weigh as little as a noun can, and no other unknown noun", () => {
    const idfOf = (text: string, t: string) => termOfQuestion(engine, text, t)?.idf;
    expect(idfOf("How many cisterns were built in the whole-village makeovers?", "?makeov")).toBeCloseTo(
      engine.index.maxIdf * NOUN_FLOOR,
    );
    // "Village doctors" follows one word of the title only: a topic the report lacks.
    expect(idfOf("How many village doctors were trained?", "?doctor")).toBeGreaterThan(
      engine.index.maxIdf * NOUN_FLOOR,
    );
  });
});
