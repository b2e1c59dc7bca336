import { describe, expect, it } from "vitest";
import { findHeadings } from "../../src/knowledge/headings.js";
import { placedNumberedTitles } from "../../src/knowledge/placed-numbers.js";

const titles = (text: string) => findHeadings(text, { knownTitles: [] }).map((h) => h.title);

describe("placedNumberedTitles", () => {
  const line = (start: number, number: number, style = "bracketed arabic") => ({ start, number, style });

  it("keeps numbered lines whose numbers are their places among the headings", () => {
    // Headings at 0, 10, 20 and 40: a line at 30 is the fourth, one at 50 the sixth.
    expect(placedNumberedTitles([line(30, 4), line(50, 6)], [0, 10, 20, 40])).toEqual([
      line(30, 4),
      line(50, 6),
    ]);
  });

  it("drops a whole style when one of its lines is out of place (a list that starts at 1)", () => {
    expect(placedNumberedTitles([line(30, 1), line(35, 2)], [0, 10, 20, 40])).toEqual([]);
    expect(placedNumberedTitles([line(30, 4), line(50, 1)], [0, 10, 20, 40])).toEqual([]);
  });

  it("needs a page of title lines to place numbers among", () => {
    expect(placedNumberedTitles([line(30, 3)], [0, 10])).toEqual([]);
  });
});

describe("findHeadings: numbered title lines among colon-ended title lines", () => {
  const page = [
    "Poverty Alleviation in Somewhere",
    "Overview:",
    "In 2013, the province lifted 312,000 people out of poverty.",
    "Investment of Funds:",
    "The province put in 2.1 billion Yuan.",
    "Village Development:",
    "The province completed 940 villages.",
    "(4) Rain Plan",
    "The province trained 52,000 people.",
    "Industry:",
    "The province supported 214 enterprises.",
    "(6) Relocation",
    "The province moved 8,300 households.",
  ];

  it("takes a numbered title standing at its place as a section, its body after the line", () => {
    const text = page.join("\n");
    expect(titles(text)).toEqual([
      "Overview",
      "Investment of Funds",
      "Village Development",
      "Rain Plan",
      "Industry",
      "Relocation",
    ]);
    const rain = findHeadings(text, { knownTitles: [] })[3]!;
    expect(text.slice(rain.bodyStart).trim()).toMatch(/^The province trained/);
  });

  it("leaves numbered lines that restart inside a section as text", () => {
    const text = [...page.slice(0, 7), "(1) Roads", "(2) Wells", ...page.slice(9)].join("\n");
    expect(titles(text)).toEqual(["Overview", "Investment of Funds", "Village Development", "Industry"]);
  });
});
