// "N yuan of assistance funds, of which Ningbo contributed M yuan": a part acted on by its own
// verb, with no noun of its own, is of its whole's noun (labels.ts), not generic "Funds".
import { describe, expect, it } from "vitest";
import { labelsOf as read } from "../support/one-sentence.js";

describe("a part of an 'of which' whole with no noun of its own", () => {
  it("takes the whole's noun", () => {
    const l = read(
      "The coastal cities provided 620 million yuan of assistance funds, of which Ningbo contributed 168 million yuan and Hangzhou 154 million yuan.",
    );
    expect(l.get("168 million yuan")).toBe("Assistance funds contributed by Ningbo");
  });

  it("keeps 'Funds' when the whole is of another kind", () => {
    const l = read("The county trained 3,000 farmers, of which the province paid 2 million yuan.");
    expect(l.get("2 million yuan")).not.toMatch(/^Farmers/);
  });
});
