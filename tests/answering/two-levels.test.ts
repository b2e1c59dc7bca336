import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = () =>
  madeUpGansuEngine({
    Overview:
      " The provincial budget for poverty alleviation was 624 million Yuan this year, against 508 million Yuan last year.",
  });

describe("a change on the year before from two stated levels (two-levels.ts)", () => {
  it("is the later level minus the earlier one, both cited", () => {
    const a = engine().answer(
      "By how much did the provincial poverty alleviation budget rise compared with last year?",
    );
    expect(a).toMatchObject({ type: "derived", value: 116000000 });
    expect(a.citations.map((c) => c.value)).toEqual([624000000, 508000000]);
  });

  it("gives no change when a fall is asked of a figure that rose", () => {
    const a = engine().answer(
      "By how much did the provincial poverty alleviation budget fall compared with last year?",
    );
    expect(a.type).not.toBe("derived");
  });
});
