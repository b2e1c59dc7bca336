// "Did X increase compared with last year?" where the report states no change but gives last
// year's figure beside this year's ("1,126 this year, compared with 948 last year"): the two
// figures are compared, both cited, with the arithmetic.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a yes/no check against the previous year's figure stated beside it", () => {
  const engine = madeUpGansuEngine({
    "Microfinance and mutual funds":
      "In 2012, the mutual funds pilot was further expanded: the number of pilot villages was 1,126 this year, compared with 948 last year.",
  });

  it("answers yes with both figures when the figure rose", () => {
    const a = engine.answer(
      "Did the number of mutual funds pilot villages increase compared with last year?",
    );
    expect(a.type).toBe("yesno");
    expect(a.verdict).toBe("yes");
    expect(a.value).toBe(1126);
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
  });

  it("answers no when asked whether it fell", () => {
    const a = engine.answer(
      "Did the number of mutual funds pilot villages decrease compared with last year?",
    );
    expect(a.verdict).toBe("no");
  });
});
