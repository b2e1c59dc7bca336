// "Were the pledges higher than the year before?" answered from a stated growth ("reached N Yuan, up
// 4.1%"): the verdict's figure is the one that grew, the growth its evidence (judge.ts
// againstPrevious, figureChanged). A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a yes/no on the previous year answered from a stated growth", () => {
  const engine = madeUpGansuEngine({
    "Charity Week":
      "In 2012, the province held its third Charity Week. Donations collected from all sectors of society reached 2.48 billion yuan, up 6.2 per cent year-on-year.",
  });

  it("gives the figure that grew as the value, citing the growth", () => {
    const a = engine.answer("Were the Charity Week donations higher than the year before?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 2_480_000_000 });
    expect(a.citations.map((c) => c.value)).toContain(6.2);
  });
});
