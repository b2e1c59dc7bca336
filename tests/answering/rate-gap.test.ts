import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = () =>
  madeUpGansuEngine({
    Overview:
      " The per capita net income of farmers in the key counties reached 4,920 Yuan, up 18.5%, which was 2.4 percentage points higher than the growth rate of the per capita net income of farmers of the whole province.",
  });

describe("a rate stated as so many points above another", () => {
  it("gives the other rate: the first minus the points, both cited", () => {
    const a = engine().answer(
      "What was the growth rate of per capita net income of farmers for the whole province?",
    );
    expect(a).toMatchObject({ type: "derived" });
    expect(a.value).toBeCloseTo(16.1, 5);
    expect(a.arithmetic).toContain("18.5% − 2.4 percentage points");
  });

  it("leaves a question about the gap itself alone: the points are not turned into a rate", () => {
    const a = engine().answer(
      "How many percentage points higher was key county income growth than the whole province's?",
    );
    expect(a.type).not.toBe("derived");
  });

  it("gives the other rate when the question states the gap and names an amount before asking for the rate", () => {
    const a = engine().answer(
      "If income in the key counties grew 2.4 points faster than the whole province, what was the province's growth?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(16.1, 5);
  });
});

describe("a yes/no comparison of two rates the report relates by a gap in points", () => {
  const gapEngine = () =>
    madeUpGansuEngine({
      Overview:
        " The per capita net income of farmers in the key counties reached 4,920 Yuan, up 18.5%, 2.4 percentage points higher than the growth of 16.1% for the whole province. The poverty incidence was 9.2%, down 31.5% in the province's total.",
    });

  it("says yes when the first side's rate is stated as higher than the other's", () => {
    const a = gapEngine().answer(
      "Did farmers' income in the key counties grow faster than the provincial average?",
    );
    expect(a).toMatchObject({ verdict: "yes", value: 18.5 });
    expect(a.arithmetic).toContain("18.5% − 2.4 percentage points");
  });

  it("says no when asked the other way round, or asked 'slower'", () => {
    const e = gapEngine();
    expect(
      e.answer("Did the provincial average income grow faster than farmers' income in the key counties?")
        .verdict,
    ).toBe("no");
    expect(
      e.answer("Did farmers' income in the key counties grow slower than the whole province?").verdict,
    ).toBe("no");
  });
});
