// Past participles of English verbs (src/text/participles.ts).
import { describe, expect, it } from "vitest";
import { isPastParticiple } from "../../src/text/participles.js";

describe("isPastParticiple", () => {
  it("knows regular and irregular participles, not a bare verb", () => {
    expect(isPastParticiple({ text: "invested", lemma: "invest" })).toBe(true);
    expect(isPastParticiple({ text: "put", lemma: "put" })).toBe(true);
    expect(isPastParticiple({ text: "given", lemma: "give" })).toBe(true);
    expect(isPastParticiple({ text: "give", lemma: "give" })).toBe(false);
  });
});
