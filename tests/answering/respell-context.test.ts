// A non-word one slip from both an everyday word and a report word: the everyday word is meant
// unless the report word fits the question around it (it describes an entry with most of the
// question's other report words).
import { describe, expect, it } from "vitest";
import { respellQuestion, respelling } from "../../src/answering/respell.js";
import { stem } from "../../src/text/words.js";
import { respellerOver } from "../support/corrector.js";

// Two made-up entries: farms irrigated in the hills, and water piped to the towns.
const ENTRIES = [
  ["farms", "irrigated", "hills", "area"],
  ["water", "piped", "towns"],
];
const base = respellerOver(ENTRIES.flat());
const together = ENTRIES.map((e) => new Set(e.map((w) => stem(w))));
const index = { ...base, cooccur: (a: string, b: string) => together.some((e) => e.has(a) && e.has(b)) };

describe("respelling a non-word in the context of its question", () => {
  it("is the report word one slip away when it fits the question's other report words", () => {
    // "furms": the everyday "firms" with a key beside, the report's "farms" with a wrong vowel.
    expect(respellQuestion("What area of furms was irrigated in the hills?", index)).toBe(
      "What area of farms was irrigated in the hills?",
    );
  });

  it("is the everyday word when the report word does not fit the question", () => {
    expect(respellQuestion("How many furms had water piped to the towns?", index)).toBe(
      "How many firms had water piped to the towns?",
    );
    // One report word of the question is too little context.
    expect(respellQuestion("How many furms were irrigated?", index)).toBe("How many firms were irrigated?");
    expect(respelling("furms", index)).toBe("firms");
  });

  it("never takes a report word behind a stray letter, however it fits", () => {
    // "wather": "weather" with a letter left out, "water" with a stray one.
    expect(respellQuestion("how much wather was piped to the towns", index)).toBe(
      "how much weather was piped to the towns",
    );
  });
});
