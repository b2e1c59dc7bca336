// English for the Chinese words the glossary lacks: jieba cuts the question, CC-CEDICT glosses each
// word, function words give nothing, numbers stay as written and glossary terms are not glossed
// again. The real packages load here (the first call takes about a second on a busy machine).
import { describe, expect, it } from "vitest";
import { glossChinese } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("glossChinese", () => {
  it("glosses each word of a question about a report nobody annotated", () => {
    expect(glossChinese("天津给了多少帮扶资金？", none)).toBe(
      "Tianjin municipality provide assistance funds",
    );
    // 片区 is not in CC-CEDICT: its head 区 "area", and the modifier's own gloss before it, which
    // the question reader drops when no report uses it (片 "disk").
    expect(glossChinese("六盘山片区有多少个县？", none)).toMatch(/^Liupan Mountains (?:\w+ )?area county$/);
  });

  it("gives nothing for a word whose first sense is a prepositional phrase, as an adverb says how or where", () => {
    // 一起 "(in) the same place; together": before, "same place" stood in the question as topic words.
    expect(glossChinese("一起", none)).toBe("");
    expect(glossChinese("目前", none)).toBe("");
    expect(glossChinese("风险补偿基金", none)).toBe("risk compensate fund");
  });

  it("writes a name whose dictionary entry only points elsewhere in pinyin", () => {
    // CC-CEDICT's 甘肃 says "see 甘肃省"; its pinyin Gan1 su4 is the English name.
    expect(glossChinese("甘肃", none)).toBe("Gansu");
    // jieba cuts this county apart (张家 + 川县); CC-CEDICT has the whole, capitalised Zhang1 jia1 chuan1 Xian4.
    expect(glossChinese("张家川县", none)).toBe("Zhangjiachuan county");
  });

  it("does not gloss again what the glossary translates", () => {
    const glossary = fromTerms({ 雨露计划: "Rain Plan", 培训: "trained", 多少: "how many", 天津: "Tianjin" });
    expect(glossChinese("甘肃雨露计划培训了多少人？", glossary)).toBe("Gansu person");
    expect(glossChinese("天津给了多少帮扶资金？", glossary)).toBe("provide assistance funds");
    // Without the glossary the same words are glossed from the dictionary.
    expect(glossChinese("甘肃雨露计划培训了多少人？", none)).toContain("plan");
  });

  it("drops particles, prepositions, classifiers, copulas and question words", () => {
    expect(glossChinese("的了吗是有", none)).toBe("");
    expect(glossChinese("给了多少个？", none)).toBe("");
    expect(glossChinese("哪些县帮扶了什么？", none)).toBe("county provide assistance");
    expect(glossChinese("一共有几个", none)).toBe("total");
  });

  it("keeps numbers and years as written", () => {
    expect(glossChinese("2013年解决了3000户的饮水安全问题", none)).toBe(
      // 饮水 is a noun here: "drinking water" (the report's words), not the verb sense "to drink water".
      "2013 year solve 3000 drinking water safety issue",
    );
    expect(glossChinese("增长了21.4%", none).split(" ")).toContain("21.4%");
  });

  it("gives nothing for text without Chinese", () => {
    expect(glossChinese("How many people did the Rain Plan train?", none)).toBe("");
  });
});

describe("translateChinese with the dictionary under the glossary", () => {
  it("keeps the dictionary words the knowledge has and drops the rest; glossary words always stay", async () => {
    const { translateChinese } = await import("../../src/answering/glossary.js");
    const glossary = fromTerms({ 饮水: "drinking water" });
    const known = (w: string) => w === "tianjin";
    const out = translateChinese("天津饮水啊", glossary, known);
    expect(out).toContain("drinking water");
    expect(out).toContain("Tianjin");
    expect(out).not.toMatch(/interjection|surprise/);
  });
});
