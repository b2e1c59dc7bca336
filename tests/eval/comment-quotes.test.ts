// The before-stop check's reading of a diff (comment-quotes.ts): quoted phrases of added comments only.
import { describe, expect, it } from "vitest";
import { addedCommentQuotes } from "../../src/eval/comment-quotes.js";

describe("addedCommentQuotes", () => {
  it("takes quoted phrases of four words or more from added comment lines", () => {
    const diff = [
      "+++ b/src/a.ts",
      '+// "How Many Wells were dug" and “the fund for roads”, not "three short words"',
      '+ * "a JSDoc line quoting   this"',
      '-// "a removed comment line"',
      '+const s = "a string literal here";',
    ].join("\n");
    expect(addedCommentQuotes(diff)).toEqual([
      "how many wells were dug",
      "the fund for roads",
      "a jsdoc line quoting this",
    ]);
  });
});
