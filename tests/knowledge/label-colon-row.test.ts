// A statistical table flattened into "Name: figure; up P%" rows (label-colon-row.ts): the row's name
// labels its figure, and the change after the semicolon is that name's growth.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("colonRowLabel: a table row flattened into a sentence", () => {
  it("labels the figure with the row's name and the change after it as its growth", () => {
    const labels = labelsOf("Provincial financial funds: 398 million yuan; up 15.3%.");
    expect(labels.get("398 million yuan")).toBe("Provincial financial funds");
    expect(labels.get("15.3%")).toBe("Growth of provincial financial funds (percent)");
  });

  it("reads each row of a list after 'Of which:' by its own name", () => {
    const labels = labelsOf(
      "Of which: transfer employment skill training: 38,400 person-times; practical technology training: 27,800 person-times.",
    );
    expect(labels.get("38,400 person-times")).toBe("Transfer employment skill training");
    expect(labels.get("27,800 person-times")).toBe("Practical technology training");
  });

  it("a clause before a colon is no row's name", () => {
    const labels = labelsOf("The main measures were: 1,200 villages got new roads.");
    expect(labels.get("1,200 villages")).not.toBe("The main measures were");
  });
});
