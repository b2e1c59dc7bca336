// Parts a Chinese question lists to add up are joined as English lists them, so the sum reader
// takes every part (zh-forms.ts listedTheEnglishWay). Made-up parts, not from any question set.
import { describe, expect, it } from "vitest";
import { listedTheEnglishWay } from "../../src/answering/zh-forms.js";
import { translateChinese, writtenForms } from "../../src/answering/glossary.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

describe("listedTheEnglishWay", () => {
  it("joins two parts with 'and' and three or more with commas before the last 'and'", () => {
    expect(listedTheEnglishWay(["中央", "省级"])).toBe("中央 and 省级");
    expect(listedTheEnglishWay(["中央", "省级", "市县"])).toBe("中央, 省级, and 市县");
  });

  it("keeps the comma right after its word through the translation", () => {
    const glossary = fromTerms({ 中央: "central", 省级: "provincial" });
    expect(translateChinese("中央, 省级, and 社会", glossary)).toMatch(/^central, provincial, and /);
  });
});

describe("writtenForms", () => {
  it("gives a term joining two words with 和 also as the forms write it, with 'and'", () => {
    expect(writtenForms("中央和省级")).toEqual(["中央和省级", "中央 and 省级"]);
    expect(writtenForms("中央")).toEqual(["中央"]);
  });

  it("reads the pair the forms cut apart as the glossary's one name", () => {
    const glossary = fromTerms({ 中央和省级: "central and provincial", 中央: "central government" });
    expect(translateChinese("中央 and 省级 combined", glossary)).toBe("central and provincial combined");
  });
});
