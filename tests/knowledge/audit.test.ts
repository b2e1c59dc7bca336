import { describe, expect, it } from "vitest";
import { auditKnowledge } from "../../src/knowledge/audit.js";
import { realEngine } from "../support/knowledge.js";

describe("audit of totals against parts", () => {
  const checks = auditKnowledge(realEngine().kb);

  it("flags the 2011 funds, whose five sources add up to 4.148 billion, not the stated 4.418 billion", () => {
    const funds = checks.find((c) => c.group === "anti-poverty-funds-by-source")!;
    expect(funds).toMatchObject({ ok: false, stated: 4418000000, computed: 4148000000 });
    expect(funds.sentences[0]).toContain("4.418 billion Yuan");
  });

  it("passes the breakdowns that do add up, and the Rain Plan share of its plan", () => {
    expect(checks.find((c) => c.group === "entire-village-advancement-investment-by-source")!.ok).toBe(true);
    expect(checks.find((c) => c.group === "rain-plan-training-target")).toMatchObject({
      ok: true,
      computed: 103.15,
    });
    expect(checks.filter((c) => !c.ok)).toHaveLength(1);
  });

  it("is mentioned by an answer that cites the flagged total", () => {
    const a = realEngine().answer("What was the total of financial anti-poverty funds issued in 2011?");
    expect(a.value).toBe(4418000000);
    expect(a.notes.join()).toMatch(/add up to 4\.148 billion Yuan, not 4\.418 billion Yuan/);
    expect(a.text).toContain("Note:");
  });
});
