// "By what percentage did <a long subject> rise": the size of a change, whatever the subject's
// length; it was read as a share once the subject passed twelve words, and a share of the two
// years' figures (72.97%) was given for a rise of 37.05%.
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("understand: 'by what percentage did X rise'", () => {
  it("asks the growth however long the subject is", () => {
    expect(
      read(
        "By what percentage did the number of households in the province moving into the new village houses built by the programme rise compared with the year before?",
      ).derivation,
    ).toEqual({ type: "growth" });
  });

  it("leaves 'what percentage of' a share", () => {
    expect(read("What percentage of the investment came from the province?").derivation).toEqual({
      type: "share",
    });
  });
});

describe("understand: 'by what percentage was X raised'", () => {
  it("asks the growth of a rise put in the passive", () => {
    expect(
      read("By what percentage was the county's school meal subsidy raised in 2012?").derivation,
    ).toEqual({
      type: "growth",
    });
  });
});
