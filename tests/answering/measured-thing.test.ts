// A "how many <unit> of X" question: a figure whose own label and clause do not name X, though its
// sentence does in another clause, measures something else (measured-thing.ts).
import { describe, expect, it } from "vitest";
import { measuredHead, measuresAnotherThing } from "../../src/answering/measured-thing.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const sentence =
  "In 2012, 7,460 km of village roads were built; irrigation channels were built in the dry areas.";
const roads = {
  kind: "length",
  id: "r:s:7-460-km",
  report: "r",
  section: "s",
  region: "R",
  year: 2012,
  label: "Village roads built",
  written: "7,460 km",
  sentence,
  context: "7,460 km of village roads were built",
  aliases: [],
  value: 7460,
  unit: "km",
} as Entry;
const q = (s: string) => understand(s, fromTerms({}));

describe("measuredHead", () => {
  it("reads the head noun of what the unit is of", () => {
    expect(measuredHead("how many km of irrigation channels were built in 2012?")).toBe("channels");
    expect(measuredHead("how many mu of orchards were planted?")).toBe("orchards");
    expect(measuredHead("how many villages were covered?")).toBeUndefined();
  });
});

describe("measuresAnotherThing", () => {
  it("is true when only another clause of the sentence names the thing", () => {
    expect(measuresAnotherThing(q("How many km of irrigation channels were built?"), roads)).toBe(true);
  });

  it("is false when the figure's own label names it", () => {
    expect(measuresAnotherThing(q("How many km of village roads were built?"), roads)).toBe(false);
  });
});
