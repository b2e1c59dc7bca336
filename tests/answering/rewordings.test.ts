// Words the report does not use, read through what WordNet says they mean (word-relations.ts): an
// everyday word by a word of the same sense, a word matched only by a longer word it spells by its
// relations too, a related word the report writes in another form, and a counted thing asked for
// in other words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms } from "../../src/answering/rank.js";
import { unknownSubject } from "../../src/answering/subject.js";
import { madeUpGansuEngine, realEngine, removeMadeUpReports } from "../support/knowledge.js";
import { termsOfQuestion } from "../support/query-terms.js";

describe("rewordings of words the report lacks", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });
  const question = (text: string) => readQuestion(text, engine.index, engine.glossary);
  const term = (text: string, t: string) =>
    queryTerms(question(text), engine.index).find((x) => x.term === t);

  it("rewords an everyday word by a word of the same sense ('folks' are people)", () => {
    expect(term("how many folks were lifted out of poverty", "?folk")?.alts).toContainEqual(
      expect.objectContaining({ term: "peopl", related: "synonym" }),
    );
  });

  it("reads a rewording into persons in general as the report's person nouns ('folks': residents)", () => {
    // "People" asked for are whoever the report counts as persons; so are "folks" (WordNet: people).
    const folk = term("how many poor country folks climbed out of poverty", "?folk");
    expect(folk?.alts).toContainEqual(expect.objectContaining({ term: "resid", related: "synonym" }));
  });

  it("does not reword an everyday word by its broader or narrower senses", () => {
    // WordNet's donations are kinds of gifts, but an everyday word says little about which kind.
    const gift = term("what were the gift packs worth", "?gift");
    expect(gift?.alts.filter((a) => a.related !== undefined && a.related !== "synonym")).toEqual([]);
  });

  it("finds a related word the report writes only in another form, for a word matched only as a longer word it spells", () => {
    // The report has "special" and "experts", never "expert": WordNet's specialist is an expert.
    expect(engine.index.vocabulary.has("expert")).toBe(false);
    expect(term("how many specialists were dispatched", "?specialist")?.alts).toContainEqual(
      expect.objectContaining({ term: "expert", related: "broader" }),
    );
  });
});

describe("a counted thing asked for in other words", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });
  const subjectOf = (text: string) => {
    const q = readQuestion(text, engine.index, engine.glossary);
    return unknownSubject(q, queryTerms(q, engine.index));
  };

  it("is no thing the report lacks when WordNet gives it as what the report counts", () => {
    expect(subjectOf("how many folks were lifted out of poverty")).toBeUndefined();
    expect(subjectOf("how many specialists were dispatched to poor areas")).toBeUndefined();
  });

  it("is still refused when the report word it rewords into is no count of the report's", () => {
    // "weather" is "conditions" in WordNet; the report's conditions are no count of anything.
    expect(subjectOf("What was the weather like during the relocation?")).toBe("“weather”");
  });

  it("is still refused when it is only a kind of what everyday English says of anything", () => {
    // WordNet's populace is a kind of people, and the report counts people, but not the populace
    // of a region: "people" is said of every group of persons.
    expect(subjectOf("what was the total populace of the province")).toBe("“populace”");
  });
});

describe("the commonest words, reworded by the same sense", () => {
  afterAll(removeMadeUpReports);

  it("tells the villages completed from those planned when the question says 'finished'", () => {
    // "finished" weighs next to nothing as a topic, but its sense is the report's "completed".
    const engine = madeUpGansuEngine({
      "Entire village advancement":
        "In 2012, the province planned entire village advancement in 800 poor villages. By the end of the year, the province had completed the task in 826 villages.",
    });
    expect(
      termsOfQuestion(engine, "how many villages actually finished entire village advancement").find(
        (t) => t.term === "?finish",
      )?.alts,
    ).toContainEqual(expect.objectContaining({ term: "complet", related: "synonym" }));
    expect(engine.answer("how many villages actually finished entire village advancement").value).toBe(826);
  });
});

describe("a report word that is a synonym of the report's word for another thing", () => {
  afterAll(removeMadeUpReports);

  it("takes 'whole village' for the report's 'entire village' though the report says 'whole' elsewhere", () => {
    const engine = madeUpGansuEngine({
      Overview: "In 2012, the per capita net income of farmers of the whole province rose by 14%.",
      "Entire village advancement":
        "In 2012, the province planned entire village advancement in 1,200 villages and actually completed 1,236 villages.",
    });
    const text = "How many villages completed whole-village advancement?";
    expect(termsOfQuestion(engine, text).find((t) => t.term === "whole")?.alts).toContainEqual(
      expect.objectContaining({ term: "entir", related: "synonym" }),
    );
    expect(engine.answer(text).value).toBe(1236);
  });
});

describe("people asked for, counted by the report as persons of a kind", () => {
  afterAll(removeMadeUpReports);

  it("takes 'rural labourers trained' for the people trained, not the people of another figure", () => {
    const engine = madeUpGansuEngine({
      "Education and training":
        "In 2012, the province invested 176 million Yuan in the Rain Plan and trained 152,460 rural labourers from poor households. The province transferred employment for 121,500 people.",
    });
    expect(engine.answer("How many people did the Rain Plan train?").value).toBe(152460);
  });
});

describe("a word for money the report never uses", () => {
  afterAll(removeMadeUpReports);

  it("says only that money is asked for ('cash', 'dough'), and names no topic", () => {
    const engine = madeUpGansuEngine({
      "Investment of anti-poverty funds":
        "In 2012, the central government allocated 2.315 billion Yuan of poverty alleviation funds to the province, and the provincial government 1.186 billion Yuan.",
    });
    const text = "how much cash did the central govt itself put into poverty stuff";
    expect(termsOfQuestion(engine, text).map((t) => t.term)).not.toContain("?cash");
    expect(engine.answer(text).value).toBe(2315000000);
  });
});

describe("a person noun the report never writes, sharing a stem with a thing it does", () => {
  afterAll(removeMadeUpReports);

  it("does not take 'villagers' for the village of 'entire village advancement'", () => {
    const engine = madeUpGansuEngine({
      "Investment of anti-poverty funds":
        "In 2012, the province put in 4.4 billion Yuan of anti-poverty funds, of which 1.12 billion Yuan was raised by the masses.",
      "Entire village advancement":
        "Entire village advancement used 1.2 billion Yuan of integrated funds, and 385.31 million Yuan was raised by the masses.",
    });
    const text = "How much did ordinary villagers raise themselves toward the poverty funds?";
    expect(termsOfQuestion(engine, text).find((t) => t.term === "villag")?.alts[0]?.weight).toBeLessThan(1);
    expect(engine.answer(text).value).toBe(1120000000);
  });
});
