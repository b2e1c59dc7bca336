// A title the question quotes or brackets points at the report that writes it.
import { describe, expect, it } from "vitest";
import { quotedTitles } from "../../src/answering/quoted-titles.js";

describe("quotedTitles", () => {
  it("reads a bracketed English title beside a Chinese one, and a quoted one", () => {
    expect(quotedTitles("印发了多少期《简报》（Bulletin of Village Water Works）？")).toEqual([
      "bulletin of village water works",
    ]);
    expect(quotedTitles('How many issues of "Mountain Farming  Notes" were printed?')).toEqual([
      "mountain farming notes",
    ]);
  });

  it("takes no bracketed unit, abbreviation or short name for a title", () => {
    expect(
      quotedTitles("How long were the canals (km)? And the (IFAD) loans, the “Spring Bud” plan?"),
    ).toEqual([]);
  });
});
