// A Chinese question that asks for a rate (…率, as 参合率, 通电率, 贫困发生率) asks for a percentage,
// as 百分之 / 比例 do (understand.ts ZH_PERCENT_CUE), whether or not the dictionary glosses the word
// with "rate". 率先 ("first to") and 率领 ("lead") are no rate. Invented questions.
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});
// A report that writes neither "rate" nor "ratio": the dictionary's gloss of 率 is dropped.
const lexicon = { known: () => false };

describe("understand: a Chinese rate asks for a percentage", () => {
  it("reads …率是多少 as a percentage", () => {
    expect(understand("2013年宁夏贫困村的通电率是多少？", none, lexicon).kinds).toEqual(["percent"]);
    expect(understand("新农合参合率达到了多少？", none, lexicon).kinds).toEqual(["percent"]);
  });

  it("does not read 率先 or 率领 as a rate", () => {
    expect(understand("率先脱贫的县有多少个？", none, lexicon).kinds).not.toContain("percent");
    expect(understand("扶贫办率领多少人考察？", none, lexicon).kinds).not.toContain("percent");
  });
});
