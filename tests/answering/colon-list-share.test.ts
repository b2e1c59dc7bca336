// The rows of a colon list ("Roads: 3,000; Water supply: 2,000; …") are siblings: none is the whole
// of another, however the sizes fall. Their whole is the figure of their section they add up to,
// stated apart from the list; with none, a share of them is refused, never one row over another.
import { afterAll, describe, expect, it } from "vitest";
import { listedTogether } from "../../src/answering/listed-siblings.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const SENTENCE = "The funds were arranged as follows: Roads: 3,000; Water supply: 2,000; Training: 1,000.";
const figure = (written: string) => ({ sentence: SENTENCE, written, id: written }) as NumericEntry;

describe("rows of a colon list", () => {
  it("are listed together, adjacent or not", () => {
    expect(listedTogether(figure("3,000"), figure("2,000"))).toBe(true);
    expect(listedTogether(figure("3,000"), figure("1,000"))).toBe(true);
  });

  const withTotal = madeUpGansuEngine({
    "Special funds": `The province invested a total of 60 million Yuan in poverty alleviation. ${SENTENCE.replace("follows:", "follows (unit: 10,000 yuan):")}`,
  });

  it("are shares of the figure of their section they add up to", () => {
    const a = withTotal.answer("What share of Gansu's fund arrangement went to roads?");
    expect(a).toMatchObject({ type: "derived", value: 50 });
  });
});

describe("rows of a colon list with no total", () => {
  const engine = madeUpGansuEngine({
    "Special funds": `The province invested in poverty alleviation. ${SENTENCE.replace("follows:", "follows (unit: 10,000 yuan):")}`,
  });

  it("give no share of one row over another", () => {
    const a = engine.answer("What share of Gansu's fund arrangement went to water supply?");
    expect(a.value).not.toBe(66.67);
    expect(a.value).not.toBe(200);
  });
});
