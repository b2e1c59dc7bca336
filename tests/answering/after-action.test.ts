// An English "after the <action>" phrase says when; the outcome asked is the figure the report
// states after that same action (after-action.ts). Questions, labels and sentences of our own.
import { describe, expect, it } from "vitest";
import { englishPriorAction, outcomeAfterAction } from "../../src/answering/after-action.js";
import type { RankedEntry } from "../../src/answering/rank.js";
import type { Question } from "../../src/answering/understand.js";
import type { Entry } from "../../src/knowledge/schema.js";

describe("englishPriorAction", () => {
  it("reads a closing or opening after-phrase ending in a verbal noun as the action", () => {
    expect(englishPriorAction("how many people opened shops after the craft training?", "people")).toEqual({
      action: ["train"],
      outcome: ["open", "shop"],
    });
    expect(englishPriorAction("After the resettlement, how many families kept goats?", "families")).toEqual({
      action: ["resettl"],
      outcome: ["kept", "goat"],
    });
  });

  it("leaves the places asked out of the outcome", () => {
    expect(
      englishPriorAction(
        "how many people in ruritania opened shops after the training",
        "people",
        new Set(["ruritania"]),
      ),
    ).toEqual({ action: ["train"], outcome: ["open", "shop"] });
  });

  it("reads no action from a year, a plain noun or a phrase with nothing asked besides", () => {
    expect(englishPriorAction("how many people opened shops after 2012?", "people")).toBeUndefined();
    expect(englishPriorAction("how many people opened shops after the flood?", "people")).toBeUndefined();
    expect(englishPriorAction("how many people after the training?", "people")).toBeUndefined();
    expect(englishPriorAction("how many people opened shops?", "people")).toBeUndefined();
  });
});

const entry = (id: string, label: string, sentence: string, written: string, section = "Crafts"): Entry =>
  ({
    id,
    report: "ruritania-2020",
    section,
    kind: "count",
    label,
    sentence,
    written,
    value: 0,
    unit: "people",
    context: "",
  }) as unknown as Entry;

const ranked = (...entries: Entry[]): RankedEntry[] =>
  entries.map(
    (e, i) =>
      ({ entry: e, index: i, slot: i, coverage: 0.8, local: 0.6, precision: 0.5 }) as unknown as RankedEntry,
  );

const question = (priorAction: Question["priorAction"]): Question =>
  ({ kinds: ["count"], priorAction }) as unknown as Question;

describe("outcomeAfterAction", () => {
  const trained = entry(
    "a",
    "People trained by the craft programme",
    "The craft programme trained 900 people.",
    "900 people",
  );
  const opened = entry(
    "b",
    "People that set up their own workshops",
    "After the training, 410 people set up their own workshops.",
    "410 people",
  );
  const elsewhere = entry(
    "c",
    "People that set up workshops",
    "After the training, 77 people set up workshops.",
    "77 people",
    "Tourism",
  );
  const prior = { action: ["train"], outcome: ["open", "shop"] };

  it("takes the figure the report states after the action, when the best is the action's own", () => {
    expect(outcomeAfterAction(question(prior), ranked(trained, opened))?.entry.id).toBe("b");
  });

  it("keeps to the best figure's section, and to no after-clause of another action", () => {
    expect(outcomeAfterAction(question(prior), ranked(trained, elsewhere))).toBeUndefined();
    const other = { action: ["relocat"], outcome: ["open", "shop"] };
    expect(outcomeAfterAction(question(other), ranked(trained, opened))).toBeUndefined();
  });

  it("does nothing when the best figure is not the action's own, or no action was read", () => {
    expect(outcomeAfterAction(question(prior), ranked(opened, trained))).toBeUndefined();
    expect(outcomeAfterAction(question(undefined), ranked(trained, opened))).toBeUndefined();
  });
});
