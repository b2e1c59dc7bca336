// A figure in a "with" phrase right after a name is that name's (label-with-owner.ts).
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("automatic labels: 'Name, with N, ranked first'", () => {
  it("labels a count and an amount with the name they belong to", () => {
    expect(labelsOf("Heze City, with 412 villages, ranked first in the province.").get("412 villages")).toBe(
      "Villages of Heze City",
    );
    expect(
      labelsOf(
        "Some 70 per cent of the funds went to the key counties, and Yishui County, with 61.5 million yuan, ranked first.",
      ).get("61.5 million yuan"),
    ).toBe("Funds of Yishui County");
  });

  it("a 'with' phrase after a common noun or inside a clause is left to the other rules", () => {
    expect(labelsOf("The villages, with 412 households, were moved.").get("412 households")).not.toMatch(
      / of the villages$/,
    );
  });
});
