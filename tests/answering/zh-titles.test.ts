// What a Chinese question is searched with: a quoted title's English gloss, and dates.
import { beforeAll, describe, expect, it } from "vitest";
import { type Engine, readQuestion } from "../../src/answering/engine.js";
import { loadEngine } from "../../src/answering/load-engine.js";
import { chineseDates, englishTitles } from "../../src/answering/zh.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";

describe("englishTitles: a glossed title reads as its English", () => {
  it("replaces 《title》 and its bracketed English (full- or half-width brackets) by the English, quoted", () => {
    expect(englishTitles("共发了多少期《农村快讯》（Rural Newsletter）？")).toBe(
      "共发了多少期“Rural Newsletter”？",
    );
    expect(englishTitles("《农村快讯》 (Rural Newsletter) 发了几期")).toBe("“Rural Newsletter” 发了几期");
  });

  it("leaves a title without English, or brackets without Latin letters, as written", () => {
    expect(englishTitles("《农村快讯》发了几期？")).toBe("《农村快讯》发了几期？");
    expect(englishTitles("《农村快讯》（2011年）发了几期？")).toBe("《农村快讯》（2011年）发了几期？");
  });
});

describe("chineseDates: a date as the report writes dates, or as scope", () => {
  it("an 'as of' date says when a figure was taken: dropped with its marker", () => {
    expect(chineseDates("截至6月30日，修了多少路？")).toBe(" ，修了多少路？");
    expect(chineseDates("到9月底培训了多少人？")).toBe(" 培训了多少人？");
  });

  it("any other date in the report's words", () => {
    expect(chineseDates("哪个项目5月8日开工？")).toBe("哪个项目 May 8 开工？");
    expect(chineseDates("11月底完成了什么")).toBe(" end of November 完成了什么");
    expect(chineseDates("3月份发了多少")).toBe(" March 发了多少");
  });

  it("leaves numbers that are no month as written", () => {
    expect(chineseDates("13月")).toBe("13月");
    expect(chineseDates("12个月")).toBe("12个月");
  });
});

describe("readQuestion: the engine searches with the title's English, once", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = loadEngine(DEFAULT_KNOWLEDGE_DIR);
  });

  it("the English reading holds the gloss and no translation of the Chinese title beside it", () => {
    const q = readQuestion(
      "《公众舆情》（Public Opinion of the Internet）印了几期？",
      engine.index,
      engine.glossary,
    );
    expect(q.english).toContain("public opinion of the internet");
    expect(q.english).not.toContain("《");
    expect(q.english.match(/public opinion/g)).toHaveLength(1);
  });

  it("the numbers of an 'as of' date are not read as figures", () => {
    const q = readQuestion("互助资金截至11月底在多少个县开展？", engine.index, engine.glossary);
    expect(q.english).not.toMatch(/\b11\b/);
    expect(q.english).toContain("counties");
  });
});
