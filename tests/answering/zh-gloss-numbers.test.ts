// A number inside a dictionary sense defines the word (合 "100 ml", a measure of volume); glossed
// into a question it stood as a figure the question states. Only the question's own numbers are
// kept (zh-gloss.ts contentOf).
import { describe, expect, it } from "vitest";
import { glossChinese } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("numbers in a Chinese question's gloss", () => {
  it("come from the question, never from a dictionary sense", () => {
    expect(glossChinese("合", none)).not.toMatch(/\d/);
    expect(glossChinese("2012年种了300亩", none)).toMatch(/^2012 .*300/);
  });
});
