// compute.ts combine: one measure in two years is a whole in both or a part in both, and a side that
// asks for the total is never a breakdown's part. A small made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("combine: wholes against wholes over two years", () => {
  const engine = madeUpGansuEngine({
    "Bridge fund":
      "In 2011, the bridge projects were built in two pilot counties, and the total investment was 50 million Yuan, of which 20 million Yuan was bridge fund and 30 million Yuan was integrated funds. In 2012, the bridge projects were launched in four pilot counties, and the planned investment was 90 million Yuan, of which 40 million Yuan was bridge fund and 50 million Yuan was integrated funds.",
  });

  it("subtracts the earlier year's total from the later year's planned total", () => {
    const a = engine.answer("How much larger was the planned 2012 bridge investment than the 2011 one?");
    expect(a).toMatchObject({ type: "derived", value: 40_000_000 });
  });

  it("never takes a part for a side that asks for the total", () => {
    const a = engine.answer(
      "How much bigger is the 2012 bridge budget than the total spent on the 2011 bridge projects?",
    );
    expect(a.value).not.toBe(20_000_000);
    expect(a.value).not.toBe(70_000_000);
  });
});
