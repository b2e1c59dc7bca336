// The index's groups by figure: each figure's groups (as total, as part), with the parts of a group
// that is a figure's only one sharing a single list rather than a copy per figure.
import { describe, expect, it } from "vitest";
import { generateKnowledge } from "../../bench/synthetic.js";
import { createEngine } from "../../src/answering/engine.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

describe("groups by figure", () => {
  const engine = createEngine(generateKnowledge(600, 9), fromTerms({}));
  const { kb, groupsByPart, groupsByTotal } = engine.index;

  it("lists every group a figure is the total or a part of, in the knowledge's order", () => {
    for (const e of kb.entries) {
      const asPart = kb.groups.filter((g) => g.parts.includes(e.id));
      const asTotal = kb.groups.filter((g) => g.total === e.id);
      expect(groupsByPart.get(e.id) ?? []).toEqual(asPart);
      expect(groupsByTotal.get(e.id) ?? []).toEqual(asTotal);
    }
  });

  it("gives the parts of a group that is their only one the same list", () => {
    let shared = 0;
    for (const g of kb.groups) {
      const alone = g.parts.filter((p) => groupsByPart.get(p)?.length === 1);
      for (const p of alone.slice(1)) {
        expect(groupsByPart.get(p)).toBe(groupsByPart.get(alone[0]!));
        shared += 1;
      }
    }
    expect(shared).toBeGreaterThan(10);
  });
});
