import { describe, expect, it } from "vitest";
import { baseForms, relatedTo, relatedWords } from "../../src/answering/word-relations.js";

describe("word-relations: what WordNet says a word means in other words", () => {
  it("gives a word's same-sense, broader and narrower words", () => {
    const related = relatedTo("specialist");
    expect(related).toContainEqual({ word: "expert", relation: "broader", pos: "noun" });
    expect(relatedTo("folk")).toContainEqual({ word: "people", relation: "broader", pos: "noun" });
  });

  it("reads a written form through its base form", () => {
    expect(relatedWords("specialists").related).toContainEqual({
      word: "expert",
      relation: "broader",
      pos: "noun",
    });
    expect(baseForms("putting")).toContain("put");
    expect(baseForms("families")).toContain("family");
    expect(baseForms("lent")).toContain("lend");
    expect(baseForms("children")).toContain("child");
  });

  it("reads a phrasal verb as its own sense when the particle follows", () => {
    const chipIn = relatedWords("chipped", "in");
    expect(chipIn.phrase).toBe(true);
    expect(chipIn.related.map((r) => r.word)).toContain("contribute");
    expect(relatedWords("chipped").phrase).toBe(false);
  });

  it("gives a later sense's words only when asked, marked as later, after the first senses' words", () => {
    // "pool" of funds is WordNet's fifth sense, after the swimming pool, the pond and the car pool.
    expect(relatedTo("pool").map((r) => r.word)).not.toContain("reserve fund");
    const all = relatedTo("pool", true);
    expect(all).toContainEqual({ word: "reserve fund", relation: "broader", pos: "noun", later: true });
    expect(all.findIndex((r) => r.later)).toBeGreaterThan(all.findIndex((r) => r.word === "pond"));
    expect(relatedWords("pools", undefined, "noun", true).related.some((r) => r.later)).toBe(true);
    expect(relatedWords("pools", undefined, "noun").related.some((r) => r.later)).toBe(false);
  });

  it("finds nothing for a word WordNet lacks", () => {
    expect(relatedWords("qwzx").related).toEqual([]);
  });

  it("takes the base form with senses of the part of speech asked for ('lent' the verb is 'lend')", () => {
    expect(relatedWords("lent", undefined, "verb").related.map((r) => r.word)).toContain("loan");
  });
});

describe("word-relations: the table is searched as bytes", () => {
  it("finds the first and the last word of the file, and nothing before or after them", () => {
    expect(relatedTo("a").map((r) => r.word)).toContain("base");
    expect(relatedTo("zurich").map((r) => r.word)).toContain("city");
    expect(relatedTo("")).toEqual([]);
    expect(relatedTo("zzzzzz")).toEqual([]);
  });

  it("finds a word, not a longer word it begins or a shorter word that begins it", () => {
    expect(relatedTo("abandon").length).toBeGreaterThan(0);
    expect(relatedTo("abando")).toEqual([]);
    expect(relatedTo("abandonn")).toEqual([]);
  });

  it("finds nothing for a word in another script, without failing", () => {
    expect(relatedTo("扶贫")).toEqual([]);
    expect(relatedTo("café")).toEqual([]);
  });
});

describe("word-relations: derived words, another part of speech of the same sense", () => {
  it("gives a noun the adjective that pertains to it, with the other words of the adjective's sense", () => {
    const year = relatedTo("year").filter((r) => r.relation === "derived");
    expect(year).toContainEqual({ word: "yearly", relation: "derived", pos: "noun" });
    expect(year).toContainEqual({ word: "annual", relation: "derived", pos: "noun" });
  });

  it("gives a word the word it is derived from, weaker than and after its synonyms", () => {
    const agricultural = relatedTo("agricultural");
    expect(agricultural).toContainEqual({ word: "agriculture", relation: "derived", pos: "adjective" });
    const first = agricultural.findIndex((r) => r.relation === "derived");
    expect(agricultural.slice(first).every((r) => r.relation === "derived")).toBe(true);
  });

  it("keeps single words only", () => {
    expect(relatedTo("donate").filter((r) => r.relation === "derived" && r.word.includes(" "))).toEqual([]);
  });
});
