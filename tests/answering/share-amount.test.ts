// "About 60 per cent of the county funds went to road building", the county funds given as a figure
// before: "how much of the county funds went to roads?" is 0.6 × that figure, both cited
// (share-amount.ts amountOfNamedShare); two different figures of the whole leave it unclear, and
// neither the percentage nor the whole is ever the answer. Small made-up reports loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("amountOfNamedShare: a share of a named whole, asked as an amount", () => {
  const engine = madeUpGansuEngine({
    "Fund Use":
      "In 2012, the county funds for poverty relief came to 450 million yuan. About 60 per cent of the county funds went to road building in mountain villages, and the rest to schools.",
  });

  it("gives the share times the whole, both cited", () => {
    const a = engine.answer("How much of the county funds went to road building?");
    expect(a).toMatchObject({ type: "derived", value: 270_000_000 });
    expect(a.text).toContain("60 per cent × 450 million yuan");
  });

  it("never gives the percentage or the whole back for the amount", () => {
    const a = engine.answer("How much of the county funds went to road building?");
    expect(a.type === "derived" && (a.value === 60 || a.value === 450_000_000)).toBe(false);
  });
});

describe("amountOfNamedShare: two figures of the whole", () => {
  const engine = madeUpGansuEngine({
    "Fund Use":
      "In 2012, the county funds for poverty relief came to 450 million yuan. The county funds for housing reached 120 million yuan. About 60 per cent of the county funds went to road building in mountain villages.",
  });

  it("computes nothing when two different figures name the whole", () => {
    const a = engine.answer("How much of the county funds went to road building?");
    expect(a.type === "derived" && (a.arithmetic ?? "").includes("per cent ×")).toBe(false);
    expect(a.type === "derived" && (a.value === 270_000_000 || a.value === 72_000_000)).toBe(false);
  });
});

describe("amountOfNamedShare: the amount stated beside the share", () => {
  const engine = madeUpGansuEngine({
    "Fund Use":
      "In 2012, the county funds for poverty relief came to 450 million yuan. About 60 per cent of the county funds went to road building in mountain villages and 268 million yuan was spent there.",
  });

  it("leaves the stated amount to answer", () => {
    const a = engine.answer("How much of the county funds went to road building?");
    expect(a.type === "derived" && a.value === 270_000_000).toBe(false);
  });
});
