// A title listing its topics with commas and a last "and" is a title line; a clause is not.
import { describe, expect, it } from "vitest";
import { isHeadingLine } from "../../src/knowledge/headings.js";
import { isListedTitle } from "../../src/knowledge/listed-title.js";

describe("titles that list their topics", () => {
  it("Title Case and sentence case lists of nouns", () => {
    for (const line of [
      "Monitoring, Evaluation and Publicity",
      "Roads, bridges and wells",
      "Culture, Health & Sports",
      "Education, Training, and Employment",
    ]) {
      expect(isListedTitle(line), line).toBe(true);
      expect(isHeadingLine(line), line).toBe(true);
    }
  });

  it("clauses and lines without a last 'and' are not", () => {
    for (const line of [
      "Roads were built, and wells were dug",
      "However, the work went on",
      "Roads, bridges",
      "In total, 300 households and 900 people",
    ])
      expect(isHeadingLine(line), line).toBe(false);
  });
});
