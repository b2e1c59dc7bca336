// A part of an "of which" whole told by its place (src/knowledge/label-part-place.ts), and the
// ", including" items after it that belong to it (label-list-items.ts includedIn).
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

const SENTENCE =
  "The drinking water safety problem of 900,000 rural people was solved, of which 500,000 people were in the 40 contiguous poverty-stricken counties, including 120,000 people in Alpha City.";

describe("partInPlace: 'of which N people were in X'", () => {
  it("labels the part as the whole's measure in that place", () => {
    expect(labelsOf(SENTENCE).get("500,000 people")).toBe(
      "Drinking water safety problem of rural people solved in the contiguous poverty-stricken counties",
    );
  });

  it("makes a later ', including' item a part of the whole of its own unit, not of the places", () => {
    expect(labelsOf(SENTENCE).get("120,000 people")).toMatch(
      /^People in Alpha City among drinking water safety/,
    );
  });

  it("leaves a part of another unit than its whole alone", () => {
    const l = labelsOf("The province built 300 km of roads, of which 40 bridges were in the mountain areas.");
    expect(l.get("40 bridges")).not.toMatch(/^Roads/);
  });
});
