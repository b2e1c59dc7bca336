import { describe, expect, it } from "vitest";
import { countedNoun } from "../../src/knowledge/label-figure.js";

describe("countedNoun", () => {
  it("is the noun a count is written with after its number and scale word", () => {
    expect(countedNoun({ kind: "count", written: "412 villages" })).toBe("villages");
    expect(countedNoun({ kind: "count", written: "1.2 million people" })).toBe("people");
  });
  it("is nothing for a bare number or a figure that is no count", () => {
    expect(countedNoun({ kind: "count", written: "31,200" })).toBeUndefined();
    expect(countedNoun({ kind: "money", written: "5 million yuan" })).toBeUndefined();
  });
});
