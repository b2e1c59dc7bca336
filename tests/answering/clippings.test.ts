// A word cut short to its first letters is read as the report's word it begins; a real English
// word, a misspelling's length or a beginning shared by many report words is not a clipping.
import { beforeAll, describe, expect, it } from "vitest";
import { clippedFrom } from "../../src/answering/clippings.js";
import type { Engine } from "../../src/answering/engine.js";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms } from "../../src/answering/rank.js";
import { stem } from "../../src/text/words.js";
import { realEngine } from "../support/knowledge.js";

describe("clippedFrom", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });

  it("reads a clipping as the report words it begins", () => {
    // "agri" is no English word; the report writes "agricultural".
    expect(clippedFrom("agri", engine.index)).toContain(stem("agricultural"));
  });

  it("reads the plural of a clipping as the clipping, though its singular is a word of its own", () => {
    // "orgs" is no English word ("org" is); the report writes "organization".
    expect(clippedFrom("orgs", engine.index)).toContain(stem("organization"));
  });

  it("reads no real English word as a clipping", () => {
    // A word English has means itself: "con" is no "construction", however many report words it begins.
    expect(clippedFrom("con", engine.index)).toEqual([]);
  });

  it("reads no beginning shared by many report words, and nothing shorter than three letters", () => {
    expect(clippedFrom("pr", engine.index)).toEqual([]);
    // The report writes "invested", "investigation" and "involved": "inv" says which of none.
    expect(clippedFrom("inv", engine.index)).toEqual([]);
    expect(clippedFrom("infra", engine.index)).toEqual([stem("infrastructure")]);
  });
});

describe("a clipped word in a question", () => {
  it("is searched as the report word it begins", () => {
    const engine = realEngine();
    const q = readQuestion("how many agri experts were sent out", engine.index, engine.glossary);
    const agri = queryTerms(q, engine.index).find((t) => t.term === "?agri");
    expect(agri?.alts.map((a) => a.term)).toContain(stem("agricultural"));
  });
});

describe("a clipped plural in a question", () => {
  it("is not respelt into an everyday word a slip away ('orgs' is no 'orgy')", () => {
    const engine = realEngine();
    expect(
      readQuestion("how much did the central orgs give", engine.index, engine.glossary).english,
    ).toContain("orgs");
  });
});
