// A figure alone in brackets after a noun phrase ("fiscal special funds (RMB 2.736 billion)") is
// what that phrase names, with the noun it qualifies when it follows a preposition.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

const read = labelsOf;

describe("automatic labels: a figure in brackets after the phrase it quantifies", () => {
  it("labels each bracketed part of a list by its phrase", () => {
    const l = read(
      "In 2012, 6.184 billion yuan was put in, including fiscal special funds (RMB 2.736 billion), funds from social poverty alleviation (1.042 billion yuan) and funds raised by the masses (756 million yuan).",
    );
    expect(l.get("RMB 2.736 billion")).toBe("Fiscal special funds");
    expect(l.get("1.042 billion yuan")).toBe("Funds from social poverty alleviation");
    expect(l.get("756 million yuan")).toBe("Funds raised by the masses");
  });

  it("keeps a hyphened modifier with its noun", () => {
    const l = read("The number of poor fell, leaving a poverty-stricken population (6.03 million) in 2012.");
    expect(l.get("6.03 million")).toBe("Poverty-stricken population");
  });
});

describe("automatic labels: a bracketed figure after the object of a verb", () => {
  it("says what the verb did to the phrase, and keeps a coordinated phrase whole", () => {
    const l = read(
      "In 2012, the county trained herders from remote townships (8,400 person-times) and coached teachers and village doctors (1,260 person-times).",
    );
    expect(l.get("8,400 person-times")).toBe("Herders from remote townships trained");
    expect(l.get("1,260 person-times")).toBe("Teachers and village doctors coached");
  });
});
