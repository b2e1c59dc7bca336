// A place name keeps its kind (zh-gloss.ts glossWord): CC-CEDICT explains the kind after the name
// ("X, prefecture-level city in …"), so the name came alone and the question named no city or
// county for the readers of places. Places of our own choosing, not from any question set.
import { describe, expect, it } from "vitest";
import { glossWord } from "../../src/answering/zh-gloss.js";

describe("glossWord: a place below the province", () => {
  it("writes the name with its kind, as the reports write places", () => {
    expect(glossWord("洛阳市", "ns")).toBe("Luoyang City");
    expect(glossWord("西峡县", "ns")).toBe("Xixia County");
  });

  it("does not write the kind twice, nor give one to a word that is no name", () => {
    expect(glossWord("洛阳市", "ns").match(/city/gi)).toHaveLength(1);
    expect(glossWord("城市", "n")).not.toMatch(/City$/);
    // A province-level city is a region, read as scope elsewhere.
    expect(glossWord("天津市", "ns")).not.toMatch(/\bCity\b/);
  });
});
