// The thing a question asks about, when the reports never use it: refused by name, unless the noun
// is an everyday placeholder ("things") rather than a topic.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { queryTerms } from "../../src/answering/rank.js";
import { thingAsked, thingWords, unknownSubject } from "../../src/answering/subject.js";
import { understand } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

const glossary = fromTerms({});
const subjectOf = (question: string) => {
  const engine = realEngine();
  const q = understand(question, glossary, { known: (w) => engine.index.hasTerm(w) });
  return unknownSubject(q, queryTerms(q, engine.index));
};

describe("unknownSubject", () => {
  it("names a topic noun the report never uses", () => {
    expect(subjectOf("How many teachers were trained by the Rain Plan?")).toBe("“teachers”");
    expect(subjectOf("What was the weather like during the relocation?")).toBe("“weather”");
  });

  it("passes over an everyday placeholder noun: the words around it say what is asked", () => {
    expect(subjectOf("how many news things did they put out")).toBeUndefined();
  });

  it("reads the thing after a possessive and right after a bare 'what', with the noun before its head", () => {
    expect(subjectOf("What was Henan's retirement age in 2011?")).toBe("“retirement age”");
    expect(subjectOf("What retirement age did Henan set in 2011?")).toBe("“retirement age”");
    // A head that stands for anything stays a placeholder after its modifier.
    expect(subjectOf("how many flash news things did they put out")).toBeUndefined();
  });

  it("reads no single thing from a plural after a bare 'what': it asks for things of a kind", () => {
    expect(subjectOf("What retirement homes did Henan build in 2011?")).toBeUndefined();
  });

  it("reads a verb the tagger took for a noun after 'how many X' as the verb, not the thing counted", () => {
    expect(subjectOf("How many full-time staff work in the poverty alleviation offices?")).toBe("“staff”");
    // "What was the poverty line …" has its verb before the run: the run's last noun is its head.
    expect(subjectOf("What was Henan's rural poverty line in 2011?")).toBeUndefined();
  });

  it("passes over a noun the report has", () => {
    expect(subjectOf("How many bridges were built for relocation?")).toBeUndefined();
  });
});

describe("a real English word the report lacks is not respelt on thin context", () => {
  it("one other question word in common does not make 'weather' 'water'", () => {
    const a = realEngine().answer("What was the weather like during the relocation?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("nothing on “weather”");
  });
});

describe("a word the report has in other words", () => {
  it("is not a subject the report lacks when the report has its synonym", () => {
    const engine = realEngine();
    const q = understand("How many teachers finished the Rain Plan courses?", glossary, {
      known: (w) => engine.index.hasTerm(w),
    });
    // As if the synonym list gave "teachers" a word the report has.
    const terms = queryTerms(q, engine.index).map((t) =>
      t.term === "?teacher" ? { ...t, alts: [{ term: "train", weight: 0.7 }] } : t,
    );
    expect(unknownSubject(q, terms)).toBeUndefined();
    expect(unknownSubject(q, queryTerms(q, engine.index))).toBe("“teachers”");
  });
});

describe("a part of a whole picked out by what its members are", () => {
  it("is a subject the report lacks when the report never uses the word for it", () => {
    expect(subjectOf("how many of the rain plan trainees were veterans")).toBe("“veterans”");
  });

  it("is no subject to refuse when the report has the word", () => {
    expect(subjectOf("how many of the relocated people were poor")).toBeUndefined();
  });
});

describe("a clause after 'how many of the …'", () => {
  it("is not a part picked out by what its members are", () => {
    expect(
      subjectOf("In how many of the pilot counties was the plan available to every village?"),
    ).toBeUndefined();
  });
});

describe("another word of the stem family", () => {
  it("does not make the thing asked about one the report has ('tourists' are no 'tour')", () => {
    const engine = realEngine();
    const q = understand("How many tourists came to the exhibition?", glossary, {
      known: (w) => engine.index.hasTerm(w),
    });
    const terms = queryTerms(q, engine.index).map((t) =>
      t.term === "?tourist" ? { ...t, alts: [{ term: "tour", weight: 0.7, family: true as const }] } : t,
    );
    expect(unknownSubject(q, terms)).toBe("“tourists”");
  });
});

describe("unknownSubject: a word for a change", () => {
  it("passes over a noun WordNet gives as the same thing as a change the reports measure", () => {
    expect(subjectOf("What was the income gain per household from small loans?")).toBeUndefined();
  });
});

describe("unknownSubject: a phrase that narrows the thing asked about", () => {
  it("names a noun after the head's preposition that the report never uses", () => {
    expect(subjectOf("What was the income from casinos in the poor villages?")).toBe("“casinos”");
  });

  it("passes over a noun before the head (reworded freely) and a measure's 'of'", () => {
    expect(subjectOf("How many farm specialists were sent out to poor areas?")).toBeUndefined();
    expect(subjectOf("how many copies of tech data did they print")).toBeUndefined();
  });
});

describe("thingAsked and thingWords", () => {
  const q = (s: string) => understand(s, glossary);
  it("reads a hyphened count noun as the thing, by its last part", () => {
    expect(thingAsked(q("By how many person-times did the herding course beat its target?"))).toBe(
      "person-times",
    );
  });

  it("reads the thing right after 'how much' as after 'how many'", () => {
    expect(thingAsked(q("How much subsidy did each relocated household get?"))).toBe("subsidy");
    expect(thingWords(q("What was the average microcredit loan per poor household?"))).toEqual([
      "average",
      "microcredit",
      "loan",
    ]);
  });

  it("runs the thing's nouns on past the words it is looked for among", () => {
    expect(thingAsked(q("What was the total of small poverty relief loans issued to herders?"))).toBe(
      "loans",
    );
  });

  it("reads no thing after 'how much' followed by a verb or 'more'", () => {
    expect(thingAsked(q("How much did the province invest?"))).toBeUndefined();
    expect(thingAsked(q("How much more was spent on roads?"))).toBeUndefined();
  });
});
