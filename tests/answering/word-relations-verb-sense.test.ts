// Whether WordNet has a verb sense for a word (word-relations.ts hasVerbSense).
import { describe, expect, it } from "vitest";
import { hasVerbSense } from "../../src/answering/word-relations.js";

describe("hasVerbSense", () => {
  it("is true of a verb in any form ('subsidize', 'completed')", () => {
    expect(hasVerbSense("subsidize")).toBe(true);
    expect(hasVerbSense("completed")).toBe(true);
  });

  it("is false of an adjective or noun with no verb sense ('charitable', 'poverty')", () => {
    expect(hasVerbSense("charitable")).toBe(false);
    expect(hasVerbSense("poverty")).toBe(false);
  });
});
