import { describe, expect, it } from "vitest";
import { readMarkdownMarks } from "../../src/knowledge/markdown-marks.js";

describe("readMarkdownMarks", () => {
  it("drops a heading's hashes, its closing hashes too", () => {
    expect(readMarkdownMarks("## Rain Plan\nText.")).toBe("Rain Plan\nText.");
    expect(readMarkdownMarks("  ### 2. Rain Plan ###\nText.")).toBe("  2. Rain Plan\nText.");
  });

  it("leaves a hash that is no heading mark", () => {
    expect(readMarkdownMarks("#2 county ranked first.")).toBe("#2 county ranked first.");
    expect(readMarkdownMarks("Project #12 was finished.")).toBe("Project #12 was finished.");
  });

  it("drops rule lines and underlines, not a dash inside text", () => {
    expect(readMarkdownMarks("Rain Plan\n=========\nText.\n* * *\nMore -- text.")).toBe(
      "Rain Plan\n\nText.\n\nMore -- text.",
    );
    expect(readMarkdownMarks("--")).toBe("--");
  });

  it("reads strong emphasis as <b>, not stars around spaces", () => {
    expect(readMarkdownMarks("**Rain Plan** In 2013, …")).toBe("<b>Rain Plan</b> In 2013, …");
    expect(readMarkdownMarks("the __Rain Plan__ trained")).toBe("the <b>Rain Plan</b> trained");
    expect(readMarkdownMarks("a ** b ** c")).toBe("a ** b ** c");
  });
});
