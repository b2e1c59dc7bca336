// A question that names its thing by words the report writes together only in another sentence (a
// verb with its object, a quoted title) is not answered with a figure that lacks those words and
// shares the rest of the question (other-sentence.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";
import { contentTokens, namesAnotherSentence } from "../../src/answering/other-sentence.js";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms, rankEntries, scoreEntries } from "../../src/answering/rank.js";

afterAll(removeMadeUpReports);

describe("contentTokens", () => {
  it("reads content words in order, with whether a quoted title holds them", () => {
    const tokens = contentTokens('The office joined the "Fair of Rural Crafts" in Lanzhou.');
    expect(tokens.map((t) => [t.word, t.quoted])).toEqual([
      ["office", false],
      ["joined", false],
      ["fair", true],
      ["rural", true],
      ["crafts", true],
      ["lanzhou", false],
    ]);
  });
});

describe("a figure beside words the question takes from another sentence", () => {
  const engine = madeUpGansuEngine({
    "Poverty alleviation publicity":
      'The office took part in the "Fair of Rural Handicraft Cooperatives" and prepared a booth for it. ' +
      "In May 2012, the province held its own poverty alleviation show at the Lanzhou Museum with 12 halls. " +
      "The office website posted 350 articles.",
    "Organization construction":
      "The office carried out audits of its accounts and improved procurement transparency in all counties.",
  });

  // The rule itself, on the best-ranked figure (other rules may refuse the same questions too).
  const onTop = (question: string) => {
    const q = readQuestion(question, engine.index, engine.glossary);
    const scoring = scoreEntries(engine.index, queryTerms(q, engine.index), q);
    const top = rankEntries(q, engine.index, scoring)[0]!;
    return {
      value: "value" in top.entry ? top.entry.value : undefined,
      other: namesAnotherSentence(q, engine.index, scoring, top),
    };
  };

  it("finds the words of another sentence the best figure lacks", () => {
    expect(onTop("How many halls were there at the fair of rural handicraft cooperatives?")).toEqual({
      value: 12,
      other: true,
    });
    expect(onTop("How many articles did the office make public under procurement transparency?")).toEqual({
      value: 350,
      other: true,
    });
  });

  it("finds none in a question in the figure's own words, or its section's", () => {
    expect(onTop("How many halls did the province's show at the Lanzhou Museum have?")).toEqual({
      value: 12,
      other: false,
    });
    expect(onTop("How many articles did the office website post for poverty alleviation publicity?")).toEqual(
      {
        value: 350,
        other: false,
      },
    );
  });

  it("is refused: the halls were the province's own show's, not the quoted fair's", () => {
    expect(
      engine.answer("How many halls were there at the fair of rural handicraft cooperatives?").answered,
    ).toBe(false);
  });

  it("is refused: the articles were posted on the website, not under procurement transparency", () => {
    expect(
      engine.answer("How many articles did the office make public under procurement transparency?").answered,
    ).toBe(false);
  });

  it("still answers the figures asked in their own sentences' words", () => {
    expect(
      engine.answer("How many halls did the province's own show at the Lanzhou Museum have?").value,
    ).toBe(12);
    expect(engine.answer("How many articles did the office website post?").value).toBe(350);
  });
});
