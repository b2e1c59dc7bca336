// The thing asked, read past a modifier the tagger takes for a noun and short of a place that
// starts a clause; a spending's thing; and persons of one sex the report never names, refused.
import { describe, expect, it } from "vitest";
import { queryTerms } from "../../src/answering/rank.js";
import { thingAsked, unknownSubject } from "../../src/answering/subject.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { realEngine } from "../support/knowledge.js";

const glossary = fromTerms({});
const read = (question: string) => {
  const engine = realEngine();
  const q = understand(question, glossary, { known: (w) => engine.index.hasTerm(w) });
  return { q, terms: queryTerms(q, engine.index) };
};

describe("the thing asked", () => {
  it("runs through adjectives to the noun they modify", () => {
    expect(thingAsked(read("What was Henan's official average monthly wage in 2011?").q)).toBe("wage");
  });

  it("stops before a place the question names that a verb follows", () => {
    expect(thingAsked(read("What is the review system Henan set up for relocation sites?").q)).toBe("system");
  });
});

describe("unknownSubject", () => {
  it("names the thing money was spent on when the report never has it", () => {
    const { q, terms } = read("How much did Henan spend on dental insurance in 2011?");
    expect(unknownSubject(q, terms)).toBe("“insurance”");
  });

  it("names persons of one sex counted, which the report never counts apart", () => {
    const { q, terms } = read("How many mothers were trained by the Rain Plan?");
    expect(unknownSubject(q, terms)).toBe("“mothers”");
  });

  it("leaves an everyday word for persons of any sex to the report's own word", () => {
    const { q, terms } = read("How many kids got care packages?");
    expect(unknownSubject(q, terms)).toBeUndefined();
  });
});
