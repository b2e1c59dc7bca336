// Round fifteen's computed answers on a made-up report: a stated rate is not computed again
// (engine.ts statedRateRanksFirst), a bound written as a report figure is the other side of a check
// (judge.ts againstThreshold), items of a list are shares of the figure before them (compute.ts
// listWhole), a margin over "what was planned" (understand.ts VERSUS_PLAN), an average divides the
// amount written before its count (compute.ts nearerToItsCount). A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("computed answers of round fifteen", () => {
  const engine = madeUpGansuEngine({
    "Microfinance and mutual funds":
      "By the end of December, a total of 61.87 million Yuan of loans was issued for the mutual aid societies, supporting 18,900 poor households, and the income growth per household reached 1,700 Yuan. A total of 864 million Yuan of microcredit loans had been extended to 43,200 poor households, and 38.6 million Yuan of discount interest funds were allocated.",
    Industrialization:
      "The allocation of 70 million Yuan of discount funds encouraged the issuance of 2.333 billion Yuan of loans for poor areas. The province invested a total of 40 million Yuan of small loan discount funds.",
    "Science and technology":
      "The province arranged 86 million Yuan of funds for 214 science and technology projects. Suqian City and Lianyungang City received 22.6 million Yuan and 16.8 million Yuan respectively.",
    "Entire village advancement":
      "The province planned to carry out entire village advancement in 230 villages in 2012. Construction actually started in 241 villages, 104.8% of the plan.",
  });

  it("gives the income growth per household the report states, not loans over households", () => {
    const a = engine.answer("By how much did income grow per household supported by the mutual funds?");
    expect(a).toMatchObject({ type: "figure", value: 1700 });
  });

  it("checks the discount funds against the bound the question names as a report figure", () => {
    const a = engine.answer(
      "Were the industrialization discount funds larger than the 40 million Yuan of small loan discount funds?",
    );
    expect(a).toMatchObject({ verdict: "yes", value: 70_000_000 });
  });

  it("takes a share of a listed item from the figure stated before the list, never from its sibling", () => {
    const a = engine.answer("What percentage of the science and technology funds went to Suqian City?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(26.28, 2);
  });

  it("reads 'go beyond what was planned' as a margin over the plan", () => {
    const a = engine.answer(
      "By how many villages did entire village advancement go beyond what was planned?",
    );
    expect(a).toMatchObject({ type: "derived", value: 11 });
  });

  it("averages the amount extended to the households, not one allocated after them", () => {
    const a = engine.answer("On average, how much microcredit did each poor household get?");
    expect(a).toMatchObject({ type: "derived", value: 20_000 });
  });
});
