// A count restated in another unit in brackets right after it ("N households (M people) living in
// …"): the count's own words are read past the bracket (src/knowledge/labels.ts).
import { describe, expect, it } from "vitest";
import { labelsOf as read } from "../support/one-sentence.js";

describe("automatic labels: a count restated in brackets", () => {
  it("reads the participle phrase after the bracket as the count's", () => {
    const l = read(
      "Some 3,100 households (11,200 people) living in the hill areas of Anhe County were moved into new towns.",
    );
    expect(l.get("3,100 households")).toBe("Households living in the hill areas of Anhe County");
  });

  it("reads the same label as without the bracket", () => {
    const plain = read(
      "Some 3,100 households living in the hill areas of Anhe County were moved into new towns.",
    );
    const bracketed = read(
      "Some 3,100 households (11,200 people) living in the hill areas of Anhe County were moved into new towns.",
    );
    expect(bracketed.get("3,100 households")).toBe(plain.get("3,100 households"));
  });
});
