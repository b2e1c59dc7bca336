// A "respectively" list of figures paired with a list of names before its verb
// (label-lists.ts namedRespectively): each figure is the clause's measure in its own name.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

const read = labelsOf;

describe("automatic labels: figures paired with names by 'respectively'", () => {
  it("labels each figure with the name at its place", () => {
    const l = read(
      "In 2012, the per capita net income of farmers in Butuo County, Zhaojue County and Meigu County reached 4,286 yuan, 3,978 yuan and 3,912 yuan respectively.",
    );
    expect(l.get("4,286 yuan")).toBe("Per capita net income of farmers in Butuo County");
    expect(l.get("3,978 yuan")).toBe("Per capita net income of farmers in Zhaojue County");
    expect(l.get("3,912 yuan")).toBe("Per capita net income of farmers in Meigu County");
  });

  it("leaves the labels alone when the names are not as many as the figures", () => {
    const l = read(
      "The income of farmers in Butuo County and Zhaojue County reached 4,286 yuan, 3,978 yuan and 3,912 yuan respectively.",
    );
    expect(l.get("3,978 yuan")).not.toBe("Income of farmers in Zhaojue County");
  });
});

describe("automatic labels: a bare count of a 'respectively' list", () => {
  it("counts the noun written after the list's last figure", () => {
    const l = read("Jining and Linyi trained 28,400 and 31,200 people respectively.");
    expect(l.get("28,400")).toBe("People trained by Jining");
    expect(l.get("31,200 people")).toBe("People trained by Linyi");
  });
});
