// Each side of a sum is the figure whose own words name it, not another giver's part of a sentence
// that names the side elsewhere, nor a figure of both givers together.
import { describe, expect, it } from "vitest";
import { namesSideOwnTerm } from "../../src/answering/side-own-words.js";
import type { QueryTerm } from "../../src/answering/rank.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { realEngine } from "../support/knowledge.js";

const figure = (label: string, context: string): Entry =>
  ({ label, context, aliases: [] }) as unknown as Entry;
const term = (t: string): QueryTerm => ({ term: t, alts: [] }) as unknown as QueryTerm;

describe("namesSideOwnTerm", () => {
  it("reads the label and clause, or the label alone", () => {
    const e = figure("Funds raised by villagers", "the county invested 2 million Yuan");
    expect(namesSideOwnTerm(e, [term("counti")])).toBe(true);
    expect(namesSideOwnTerm(e, [term("counti")], true)).toBe(false);
  });
});

describe("a sum of two givers", () => {
  it("adds the central government's part and the provincial part", () => {
    const a = realEngine().answer(
      "What did the central government and the province give together to the 2011 anti-poverty funds?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBe(1210000000);
  });

  it("does not tell the other side apart by a word the question says of both", () => {
    const a = realEngine().answer(
      "In loans, how much went out through small loans and mutual funds together?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBe(695_376_800);
  });
});
