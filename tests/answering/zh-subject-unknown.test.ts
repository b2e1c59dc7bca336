// The head of the subject a Chinese how-much question measures (X是多少), when no report has it
// (zh-counted-head.ts unknownSubjectHead): its gloss was cut to the report words left ("total"), and
// any total answered. Examples of our own, not from any question set.
import { describe, expect, it } from "vitest";
import { unknownSubjectHead } from "../../src/answering/zh-counted-head.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});
const using =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe("unknownSubjectHead", () => {
  it("names a head no report writes, beyond its word of quantity ('total output': output)", () => {
    expect(unknownSubjectHead("这个省的棉花总产量是多少？", none, using("total", "province"))).toBe("总产量");
  });

  it("leaves a head the reports write, or write in another part of speech ('coverage': covered)", () => {
    expect(unknownSubjectHead("这个省的棉花总产量是多少？", none, using("total", "output"))).toBeUndefined();
    expect(unknownSubjectHead("新农合的覆盖率是多少？", none, using("cover"))).toBeUndefined();
  });

  it("leaves a head holding a glossary term, and a count with its own measure word", () => {
    const terms = fromTerms({ 就业: "employment" });
    expect(unknownSubjectHead("学员的就业率是多少？", terms, using())).toBeUndefined();
    // 村子 "village" is known nowhere here: the noun after 有多少所 is what is counted, read elsewhere.
    expect(unknownSubjectHead("这个村子有多少所学校？", none, using())).toBeUndefined();
  });
});
