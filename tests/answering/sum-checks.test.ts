import { describe, expect, it } from "vitest";
import { generateKnowledge } from "../../bench/synthetic.js";
import { auditKnowledge } from "../../src/knowledge/audit.js";
import type { KnowledgeBase } from "../../src/knowledge/load.js";
import type { Entry, Group } from "../../src/knowledge/schema.js";
import { buildSearchIndex } from "../../src/answering/search-index.js";
import { realEngine } from "../support/knowledge.js";

// The index works out a group's sum check when an answer first asks for it (not every group's at
// start-up): it must be the very check the audit of the whole knowledge gives.
const auditedSums = (kb: KnowledgeBase) =>
  new Map(
    auditKnowledge(kb)
      .filter((c) => c.kind === "sum")
      .map((c) => [c.group, c]),
  );

function expectAuditsSums(kb: KnowledgeBase): void {
  const index = buildSearchIndex(kb);
  const expected = auditedSums(kb);
  for (const g of kb.groups) expect(index.sumChecks.get(g.id)).toEqual(expected.get(g.id));
  expect(index.sumChecks.get("no-such-group")).toBeUndefined();
}

const money = (id: string, value: number): Entry =>
  ({
    id,
    report: "r",
    section: "S",
    region: "Henan",
    year: 2011,
    label: id,
    written: `${value} Yuan`,
    sentence: `${id} was ${value} Yuan.`,
    context: `${id} was ${value} Yuan.`,
    aliases: [],
    kind: "money",
    value,
    unit: "Yuan",
  }) as unknown as Entry;

describe("the index's sum checks", () => {
  it("are the audit's, for the real report and for many synthetic ones", () => {
    expectAuditsSums(realEngine().kb);
    expectAuditsSums(generateKnowledge(3000, 9));
  });

  it("check a group at its level of the tree, and take the last of groups sharing an id", () => {
    // "total 100, of which a 60 (of which a1 40, a2 20) and b 40", read flat as one group with a's
    // own parts listed beside it; and a second group under the first group's id, whose parts fall short.
    const entries = [
      money("t", 100),
      money("a", 60),
      money("a1", 40),
      money("a2", 20),
      money("b", 40),
      money("c", 10),
    ];
    const groups: Group[] = [
      { id: "flat", title: "Total", type: "parts", total: "t", parts: ["a", "a1", "a2", "b"] },
      { id: "sub", title: "A", type: "parts", total: "a", parts: ["a1", "a2"] },
      { id: "twice", title: "First", type: "parts", total: "t", parts: ["a", "b"] },
      { id: "twice", title: "Second", type: "parts", total: "t", parts: ["a", "c"] },
    ];
    const kb = {
      version: "v",
      reports: [],
      sections: [],
      entries,
      groups,
      byId: new Map(entries.map((e) => [e.id, e])),
      skipped: [],
    } as unknown as KnowledgeBase;
    expectAuditsSums(kb);
    const index = buildSearchIndex(kb);
    expect(index.sumChecks.get("flat")).toMatchObject({ ok: true, computed: 100 });
    expect(index.sumChecks.get("twice")).toMatchObject({ title: "Second", ok: false, computed: 70 });
  });
});
