// Figures listed side by side (src/answering/listed-siblings.ts listedTogether).
import { describe, expect, it } from "vitest";
import { listedTogether } from "../../src/answering/listed-siblings.js";
import { figureIn as figure } from "../support/entries.js";

describe("listedTogether", () => {
  const s = "Suqian City and Lianyungang City received 22.6 million Yuan and 16.8 million Yuan respectively.";
  it("pairs figures joined only by 'and' or a comma", () => {
    expect(listedTogether(figure("22.6 million Yuan", s), figure("16.8 million Yuan", s))).toBe(true);
  });
  it("does not pair a total with a part named in other words", () => {
    const t =
      "The cities provided a total of 1.36 billion Yuan, of which Suzhou contributed 420 million Yuan.";
    expect(listedTogether(figure("1.36 billion Yuan", t), figure("420 million Yuan", t))).toBe(false);
  });
});
