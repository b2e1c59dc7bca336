// A "how many <unit> of X" question: a figure whose own label and clause do not name X, though its
// sentence does in another clause, measures something else (measured-thing.ts).
import { describe, expect, it } from "vitest";
import {
  measuredHead,
  measuresAnotherThing,
  missesTheMeasuredThing,
} from "../../src/answering/measured-thing.js";
import type { RankedEntry, Scoring } from "../../src/answering/rank.js";
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

describe("missesTheMeasuredThing", () => {
  // The question's terms in order, and the figure's mask of those it matched (bit i: term i).
  const scored = (terms: string[], matched: string[]) => {
    const mask = terms.reduce((m, t, i) => (matched.includes(t) ? m | (1 << i) : m), 0);
    const scoring = {
      terms: terms.map((term) => ({ term })),
      mask: Uint32Array.of(mask),
    } as unknown as Scoring;
    return { scoring, top: { slot: 0 } as RankedEntry };
  };

  it("is true when the figure matches no word of what the unit is of", () => {
    const { scoring, top } = scored(["ditch", "dug", "villag"], ["dug", "villag"]);
    expect(missesTheMeasuredThing(q("How many km of ditches were dug in the villages?"), scoring, top)).toBe(
      true,
    );
    // A word the report lacks, or a misspelling nothing was found for, is matched by no figure.
    const unknown = scored(["?ditchez", "dug", "villag"], ["dug", "villag"]);
    expect(missesTheMeasuredThing(q("How many km of ditchez were dug?"), unknown.scoring, unknown.top)).toBe(
      true,
    );
  });

  it("is false when the figure matches the thing or one of its modifiers", () => {
    const head = scored(["ditch", "dug"], ["ditch", "dug"]);
    expect(missesTheMeasuredThing(q("How many km of ditches were dug?"), head.scoring, head.top)).toBe(false);
    const modifier = scored(["irrig", "ditch", "dug"], ["irrig", "dug"]);
    expect(
      missesTheMeasuredThing(
        q("How many km of irrigation ditches were dug?"),
        modifier.scoring,
        modifier.top,
      ),
    ).toBe(false);
  });

  it("is false for a question that is no '<unit> of X'", () => {
    const { scoring, top } = scored(["ditch", "dug"], ["dug"]);
    expect(missesTheMeasuredThing(q("How many ditches were dug?"), scoring, top)).toBe(false);
  });
});
