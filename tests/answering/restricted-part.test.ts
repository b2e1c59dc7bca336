// A part the question restricts its thing to ("in Dongshan Prefecture", "in the border areas") and a
// figure that never names it (restricted-part.ts). Questions, labels and sentences of our own.
import { describe, expect, it } from "vitest";
import { omitsCountedPart, partsAsked } from "../../src/answering/restricted-part.js";
import { contentWords } from "../../src/text/words.js";

const labels = (...texts: string[]) => texts.map((t) => contentWords(t).map((w) => w.stem));
const reportLabels = labels(
  "Goats handed out to poor families",
  "Goats per family in Dongshan Prefecture",
  "Income of herders in the border areas",
);

describe("partsAsked", () => {
  it("reads the part after 'in', leaving out the report's province, the year and number words", () => {
    expect(
      partsAsked("How many goats went to poor families in Yunnan's three border areas in 2014?"),
    ).toEqual([["border", "area"]]);
    expect(partsAsked("How many goats went to families in Dongshan Prefecture?")).toEqual([
      ["dongshan", "prefectur"],
    ]);
  });

  it("reads no part from the province, a year or a single word", () => {
    expect(partsAsked("How many goats were handed out in Yunnan in 2014?")).toEqual([]);
    expect(partsAsked("How many goats were handed out in villages?")).toEqual([]);
  });
});

describe("omitsCountedPart", () => {
  const asked = "How many goats were handed out to poor families in Dongshan Prefecture?";

  it("is true when the report counts the part elsewhere and the figure's words never name it", () => {
    const own = "Goats handed out to poor families. In 2014, 52,000 goats were handed out to poor families.";
    expect(omitsCountedPart(asked, own, reportLabels)).toBe(true);
  });

  it("is false when the figure's own words name the part", () => {
    const own = "Goats handed out in Dongshan Prefecture. Dongshan Prefecture handed out 8,000 goats.";
    expect(omitsCountedPart(asked, own, reportLabels)).toBe(false);
  });

  it("is false when no label of the report names the part (the question's own wording)", () => {
    const wording = "How many goats were handed out to poor families in the grassland townships?";
    const own = "Goats handed out to poor families. 52,000 goats were handed out.";
    expect(omitsCountedPart(wording, own, reportLabels)).toBe(false);
  });
});

describe("partsAsked: the report's whole setting", () => {
  it("reads no part from being poor, which every report is about", () => {
    expect(partsAsked("How many wells were dug in the poor villages?")).toEqual([]);
    expect(partsAsked("How many students in impoverished areas were helped?")).toEqual([]);
  });
});
