// An average divides the amount its count's own sentence writes when the amount picked borrows the
// count from another sentence and is of a thing the question does not name (amount-head.ts).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.js";
import { amountHead, amountOfNamedHead } from "../../src/answering/amount-head.js";
import { termsOf } from "../../src/answering/search-index.js";
import { loadEngine } from "../../src/answering/load-engine.js";
import { figureIn } from "../support/entries.js";
import { HENAN, withKnowledgeCopy } from "../support/knowledge.js";

// A figure where it sits (figureIn), in one report and section, labelled by its text as written.
const entry = (written: string, sentence: string, kind: Entry["kind"] = "money"): Entry =>
  ({
    ...figureIn(written, sentence),
    report: "r",
    section: "S",
    region: "R",
    year: 2012,
    label: written,
    aliases: [],
    kind,
    unit: kind === "money" ? "Yuan" : "households",
  }) as Entry;

describe("amountHead", () => {
  it("is the last noun of the phrase after 'of'", () => {
    const s = "The province invested 30 million Yuan of interest subsidy funds and expanded the pilots.";
    expect(amountHead(entry("30 million Yuan", s))).toBe("funds");
    const t = "It had lent 900 million Yuan of small loans to help 30,000 households.";
    expect(amountHead(entry("900 million Yuan", t))).toBe("loans");
  });
  it("is undefined for an amount not written as being of something", () => {
    const s = "The income of the households grew by 1.2 billion Yuan.";
    expect(amountHead(entry("1.2 billion Yuan", s))).toBeUndefined();
  });
});

describe("amountOfNamedHead", () => {
  const first = "The province invested 30 million Yuan of interest subsidy funds.";
  const second = "It had lent 900 million Yuan of small loans to help 30,000 households.";
  const funds = entry("30 million Yuan", first);
  const loans = entry("900 million Yuan", second);
  const households = entry("30,000", second, "count");
  const pairs = [
    { n: { entry: funds }, den: { entry: households } },
    { n: { entry: loans }, den: { entry: households } },
  ];
  it("takes the amount of the count's sentence whose head the question names", () => {
    const named = new Set(termsOf("average small loan per household"));
    expect(amountOfNamedHead(pairs[0]!, pairs, named)).toBe(pairs[1]);
  });
  it("keeps the pick when the question names its head", () => {
    const named = new Set(termsOf("subsidy funds per household"));
    expect(amountOfNamedHead(pairs[0]!, pairs, named)).toBe(pairs[0]);
  });
  it("keeps the pick when no other amount's head is named", () => {
    const named = new Set(termsOf("money per household"));
    expect(amountOfNamedHead(pairs[0]!, pairs, named)).toBe(pairs[0]);
  });
});

describe("an average of the amount named, not one whose modifier matches", () => {
  it("divides the loans by the households they helped on a report nobody annotated", () => {
    // Before: 40 million Yuan of small loan discount funds ÷ 21,000 households.
    const a = withKnowledgeCopy((dir) => {
      rmSync(join(dir, HENAN, "annotations.json"));
      return loadEngine(dir).answer(
        "In the micro-credit work, how big was the average small loan per poor household?",
      );
    });
    expect(a).toMatchObject({ type: "derived" });
    expect(a.value).toBeCloseTo(633_506_800 / 21_000, 1);
  });
});
