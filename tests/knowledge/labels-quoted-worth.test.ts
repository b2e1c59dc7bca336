// Automatic labels (src/knowledge/labels.ts): the quoted things "worth" a sum. An invented sentence
// in the series' style.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("automatic labels: a quoted name before 'worth'", () => {
  it("labels the amount with the quoted things (before: 'Funds distributed')", () => {
    const l = labelsOf(
      "The county charity federation distributed “warm winter parcels” worth 1.2 million Yuan to 3,000 pupils in remote villages.",
    );
    expect(l.get("1.2 million Yuan")).toMatch(/^Warm winter parcels\b/);
  });

  it("keeps an unquoted list before 'worth' as before", () => {
    const l = labelsOf("The banks brought in goods and materials worth 90 million Yuan.");
    expect(l.get("90 million Yuan")).toMatch(/^Goods and materials\b/);
  });
});
