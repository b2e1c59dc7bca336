// A Chinese count question whose counted noun no report has (zh-counted-head.ts): the Chinese form
// of "how many schools" refused in English for a report that counts no schools.
import { describe, expect, it } from "vitest";
import { unknownCountedHead } from "../../src/answering/zh-counted-head.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

// The words a made-up report uses.
const REPORT_WORDS = new Set(["villages", "village", "bridges", "bridge", "pipeline", "pipelines", "rural"]);
const known = (w: string) => REPORT_WORDS.has(w.toLowerCase());
const glossary = fromTerms({});

describe("the head noun a Chinese count question counts", () => {
  it("is unknown when no reading of it is a report word (schools, hospitals)", () => {
    expect(unknownCountedHead("有多少所农村学校得到改造？", glossary, known)).toBe("学校");
    expect(unknownCountedHead("有多少家医院？", glossary, known)).toBe("医院");
  });

  it("is known when a reading of it is a report word, or the glossary has it", () => {
    expect(unknownCountedHead("建了多少座桥梁？", glossary, known)).toBeUndefined();
    expect(unknownCountedHead("有多少家医院？", fromTerms({ 医院: "hospital" }), known)).toBeUndefined();
  });

  it("gives nothing when the counted phrase is a quoted title or qualifies another noun", () => {
    expect(unknownCountedHead("印发了多少期《工作简报》？", glossary, known)).toBeUndefined();
    expect(unknownCountedHead("有多少个学校的老师？", glossary, known)).toBeUndefined();
  });
});
