// The corrector maps a misspelt question word to the indexed word meant, one class of typo per case.
import { describe, expect, it } from "vitest";
import { correctorOver } from "../support/corrector.js";
import { stem } from "../../src/text/words.js";

const REPORT_WORDS = [
  "rain",
  "plan",
  "annual",
  "training",
  "trained",
  "relocation",
  "projects",
  "protection",
  "slope",
  "mutual",
  "pilot",
  "villages",
  "water",
  "bank",
  "many",
  "increased",
  "previous",
];
const { resolve, meant } = correctorOver(REPORT_WORDS);

describe("corrector: a misspelt word to the indexed word meant", () => {
  it("a word as the report writes it is itself, fully sure", () => {
    expect(resolve("villages", stem("villages"))).toEqual({
      kind: "term",
      term: stem("villages"),
      quality: 1,
    });
  });

  it("two letters swapped in a short word, which shares no trigram with the word meant", () => {
    expect(meant("paln")).toBe(stem("plan"));
    expect(meant("bnak")).toBe(stem("bank"));
  });

  it("two letters swapped in a longer word", () => {
    expect(meant("trianing")).toBe(stem("training"));
    expect(meant("relcoation")).toBe(stem("relocation"));
    expect(meant("pliot")).toBe(stem("pilot"));
  });

  it("a dropped letter", () => {
    expect(meant("anual")).toBe(stem("annual"));
    expect(meant("protction")).toBe(stem("protection"));
    expect(meant("mutal")).toBe(stem("mutual"));
    expect(meant("villges")).toBe(stem("villages"));
    expect(meant("increasd")).toBe(stem("increased"));
    expect(meant("previos")).toBe(stem("previous"));
  });

  it("a misspelt stopword is filler, not a topic", () => {
    expect(meant("mnay")).toBe("filler");
  });

  it("nothing for a word too short to judge or too far from any report word", () => {
    expect(meant("rin")).toBeUndefined();
    expect(meant("zebra")).toBeUndefined();
  });
});
