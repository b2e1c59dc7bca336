import { describe, expect, it } from "vitest";
import { readSentence } from "../support/one-sentence.js";

describe("automatic labels: 'bringing the total to N'", () => {
  it("labels N as the running total of what the count before it counts, in its unit", () => {
    const { entries } = readSentence(
      "The county named the second batch of 14 demonstration cooperatives of mountain farming, bringing the total to 39.",
    );
    const total = entries.find((e) => e.written === "39")!;
    expect(total.label).toBe("Demonstration cooperatives of mountain farming (total)");
  });

  it("takes the unit of a counted noun it knows", () => {
    const { entries } = readSentence(
      "The city built the 4th batch of 25 schools, bringing the total number to 120.",
    );
    expect(entries.find((e) => e.written === "120")).toMatchObject({
      unit: "schools",
      label: "Schools (total)",
    });
  });
});

describe("automatic labels: a running total after a batch written as new", () => {
  it("leaves 'new' to the batch", () => {
    const { entries } = readSentence(
      "In 2012, the city recognized 42 new leading enterprises, bringing the total to 210.",
    );
    expect(entries.find((e) => e.written === "210")!.label).toBe("Leading enterprises (total)");
  });
});
