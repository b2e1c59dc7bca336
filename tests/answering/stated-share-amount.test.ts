// "How much went to the mountain townships, given the 62.5% share?", the report writing "Of the
// county relief funds, 62.5% went to the mountain townships" with the funds given as a figure: the
// amount is the share times the whole (share-amount.ts amountOfStatedShare). A whole whose figures
// disagree, with no group to say which stands for the rest, leaves nothing computed.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("amountOfStatedShare: the share the question states, the whole written before it", () => {
  const engine = madeUpGansuEngine({
    "Fund Use":
      "In 2012, the county relief funds came to 480 million yuan. Of the county relief funds, 62.5% went to the mountain townships, and the rest to the river valley.",
  });

  it("gives the share times the whole, both cited", () => {
    const a = engine.answer("How much money went to the mountain townships, given the 62.5% share?");
    expect(a).toMatchObject({ type: "derived", value: 300_000_000 });
    expect(a.text).toContain("62.5% × 480 million yuan");
  });

  it("computes nothing when the question states a share the report does not write", () => {
    const a = engine.answer("How much money went to the mountain townships, given the 40% share?");
    expect(a.type).not.toBe("derived");
  });
});

describe("amountOfStatedShare: two figures of the whole", () => {
  const engine = madeUpGansuEngine({
    "Fund Use":
      "The county relief funds for roads came to 480 million yuan and the county relief funds for schools came to 200 million yuan. Of the county relief funds, 62.5% went to the mountain townships.",
  });

  it("leaves the whole unclear and computes nothing", () => {
    const a = engine.answer("How much money went to the mountain townships, given the 62.5% share?");
    expect(a.type).not.toBe("derived");
  });
});
