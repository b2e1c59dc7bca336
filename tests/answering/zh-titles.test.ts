// A Chinese question quoting a title with the report's English for it searches with that English.
import { beforeAll, describe, expect, it } from "vitest";
import { type Engine, readQuestion } from "../../src/answering/engine.js";
import { loadEngine } from "../../src/answering/load-engine.js";
import { englishTitles } from "../../src/answering/zh.js";
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
});
