// A plan implied by a result's share of it reads in Chinese as that result's plan (compose.ts
// derivedIn), not as a sum: its arithmetic "N ÷ (100% + P%)" has a "+" but adds nothing up.
import { describe, expect, it } from "vitest";
import { derivedIn } from "../../src/answering/compose.js";
import type { Derived } from "../../src/answering/compute.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";

const entry = (written: string, value: number, unit: string, alias: string) =>
  ({ written, value, unit, label: "x", aliases: [alias], kind: "count" }) as unknown as NumericEntry;

describe("an implied plan in Chinese", () => {
  it("is the result's plan, whether the share is above the plan or of it", () => {
    const households = entry("1170 households", 1170, "households", "搬迁户数");
    const over: Derived = {
      value: 1000,
      unit: "households",
      figure: "1,000 households",
      label: "Plan implied for households moved",
      arithmetic: "1170 households ÷ (100% + 17%) = 1,000 households",
      inputs: [households, entry("17%", 17, "%", "超额比例")],
      coverage: 1,
    };
    expect(derivedIn(over, "zh").label).toBe("搬迁户数对应的计划数");
    const of: Derived = { ...over, arithmetic: "1170 households ÷ 117% = 1,000 households" };
    expect(derivedIn(of, "zh").label).toBe("搬迁户数对应的计划数");
  });
});
