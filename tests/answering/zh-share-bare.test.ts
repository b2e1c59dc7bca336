// 占 … 多少 ending a Chinese question asks what part of a whole something makes up, a share, as
// 占百分之多少 does (zh-forms.ts SHARE_ASKED); 多少 followed by a measure word or a noun asks that
// instead (占地多少亩: an area). Invented questions.
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { chineseForms } from "../../src/answering/zh-forms.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});
const lexicon = { known: () => false };

describe("chineseForms: a bare 占多少 asks a share", () => {
  it("reads 占多少 and 占总投资的多少 at the end as a share", () => {
    expect(chineseForms("2013年宁夏中央财政扶贫资金占多少？")).toContain("what share");
    expect(chineseForms("群众自筹资金占总投资的多少？")).toContain("what share");
    expect(understand(chineseForms("2013年宁夏中央财政扶贫资金占多少？"), none, lexicon).kinds).toEqual([
      "percent",
    ]);
  });

  it("leaves 多少 with a measure word after it", () => {
    expect(chineseForms("新建的学校占地多少亩？")).not.toContain("share");
  });
});
