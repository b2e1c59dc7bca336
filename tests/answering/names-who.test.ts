// "Who <verb>ed …" asks for the doers of that verb: the word after "who" is no kind of name, and the
// names are those of the clause before the verb. Sentences and questions made up for this test.
import { describe, expect, it } from "vitest";
import { doersIn, namesAnswer, namesAskedIn } from "../../src/answering/names.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}), { names: [] });
const SENTENCE =
  "In May 2012, the CPC Dale Provincial Committee and Dale Provincial People’s Government jointly issued the “Opinions on Rural Roads”, which named Alder County, Birch County and Cedar County as pilot counties.";

describe("understand: 'who' is followed by a verb", () => {
  it("asks no kind of name, though the verb's stem is a count noun's ('issued', 'issues')", () => {
    const q = read("Who issued the opinions on rural roads?");
    expect(q.asksNames).toBe(true);
    expect(q.nameKind).toBeUndefined();
  });
});

describe("doersIn: the names of the clause before the verb", () => {
  it("parts two bodies joined by 'and'", () => {
    expect(doersIn(SENTENCE, "issued")).toEqual([
      "CPC Dale Provincial Committee",
      "Dale Provincial People’s Government",
    ]);
  });

  it("gives nothing for the passive or a sentence without the verb", () => {
    expect(doersIn("The drive was praised by the Dale Foundation for the Poor.", "praised")).toEqual([]);
    expect(doersIn("Alder County built 40 roads.", "issued")).toEqual([]);
  });
});

describe("namesAnswer: who issued it", () => {
  it("gives the issuers, not the counties the same sentence names", () => {
    const asked = { ...namesAskedIn("who issued the opinions on rural roads?"), stems: [] };
    expect(namesAnswer(asked, [SENTENCE], [SENTENCE])?.items).toEqual([
      "CPC Dale Provincial Committee",
      "Dale Provincial People’s Government",
    ]);
  });
});
