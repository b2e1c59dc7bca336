// Generated questions for the bench: each names its entry's region and year, and no other entry
// shares the label, region and year, so the right answer is unique and known.
import { beforeAll, describe, expect, it } from "vitest";
import { generateKnowledge, generateQuestions, type SyntheticQuestion } from "../../bench/synthetic.js";
import { regionsIn } from "../../src/answering/regions.js";
import type { KnowledgeBase } from "../../src/knowledge/load.js";

let kb: KnowledgeBase;
let questions: SyntheticQuestion[];
beforeAll(() => {
  kb = generateKnowledge(10_000, 5);
  questions = generateQuestions(kb, 400, 5);
});

const key = (label: string, region: string, year: number | null) =>
  `${label.toLowerCase()}|${region}|${year}`;

describe("generateQuestions", () => {
  it("is deterministic and returns the requested number", () => {
    expect(questions).toHaveLength(400);
    expect(generateQuestions(kb, 400, 5)).toEqual(questions);
    expect(generateQuestions(kb, 400, 6)).not.toEqual(questions);
    expect(new Set(questions.map((q) => q.id)).size).toBe(400);
  });

  it("asks only about entries whose label, region and year no other entry shares", () => {
    const counts = new Map<string, number>();
    for (const e of kb.entries)
      counts.set(key(e.label, e.region, e.year), (counts.get(key(e.label, e.region, e.year)) ?? 0) + 1);
    for (const q of questions) {
      const e = kb.byId.get(q.entryId)!;
      expect(e).toBeDefined();
      expect(counts.get(key(e.label, e.region, e.year))).toBe(1);
      expect(q.region).toBe(e.region);
      expect(q.year).toBe(e.year);
    }
    expect(new Set(questions.map((q) => q.entryId)).size).toBe(questions.length);
  });

  it("names the region (as the engine reads it) and the year in every question", () => {
    for (const q of questions) {
      expect(regionsIn(q.q)).toContain(q.region);
      expect(q.q).toContain(String(q.year));
    }
  });

  it("mixes natural, keyword and typo questions", () => {
    const kinds = new Map<string, SyntheticQuestion[]>();
    for (const q of questions) kinds.set(q.kind, [...(kinds.get(q.kind) ?? []), q]);
    expect([...kinds.keys()].sort()).toEqual(["keyword", "natural", "typo"]);
    for (const q of kinds.get("natural")!) expect(q.q).toMatch(/^(How|What|When|On what)\b.*\?$/);
    for (const q of kinds.get("keyword")!) expect(q.q).not.toMatch(/\?/);
    // A typo question holds a word that is in neither its entry's label nor the question templates.
    const known = new Set(
      "how much were the in spend on what was amount of many there number percentage length area when date km percent did".split(
        " ",
      ),
    );
    for (const q of kinds.get("typo")!) {
      const e = kb.byId.get(q.entryId)!;
      const labelWords = new Set(`${e.label} ${e.region}`.toLowerCase().match(/[a-z]+/g));
      const odd = (q.q.toLowerCase().match(/[a-z]+/g) ?? []).filter(
        (w) => !labelWords.has(w) && !known.has(w),
      );
      expect(odd.length, q.q).toBeGreaterThan(0);
    }
  });

  it("returns fewer questions when the knowledge has fewer answerable entries", () => {
    const small = generateKnowledge(50, 1);
    expect(generateQuestions(small, 500, 1).length).toBeLessThanOrEqual(50);
  });
});
