// An -ing form WordNet has no entry for ("upgrading") is its verb's action named as a noun: it
// weighs as the verb does (rank.ts verbWeight), not as an unknown topic word.
import { describe, expect, it } from "vitest";
import { isBareGerund } from "../../src/answering/word-relations.js";

describe("isBareGerund", () => {
  it("takes an -ing form WordNet lacks, of a verb it has, for the verb's action", () => {
    expect(isBareGerund("upgrading")).toBe(true);
  });

  it("leaves -ing words WordNet has as words of their own, and words of no verb", () => {
    expect(isBareGerund("building")).toBe(false);
    expect(isBareGerund("funding")).toBe(false);
    expect(isBareGerund("beijing")).toBe(false);
    expect(isBareGerund("upgrade")).toBe(false);
  });
});
