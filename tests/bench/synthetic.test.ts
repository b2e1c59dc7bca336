// The synthetic knowledge generator behind `npm run bench`: deterministic, the requested size,
// and every generated entry as valid as a real one (schema, provenance, unique ids, groups).
import { beforeAll, describe, expect, it } from "vitest";
import { generateKnowledge, REGIONS, realTemplates, TEMPLATE_REPORT_ID } from "../../bench/synthetic.js";
import { regionsIn } from "../../src/answering/regions.js";
import { checkGroups } from "../../src/knowledge/groups.js";
import { loadKnowledge, type KnowledgeBase } from "../../src/knowledge/load.js";
import { EntrySchema, type Report, SectionSchema } from "../../src/knowledge/schema.js";
import { checkProvenance } from "../../src/knowledge/validate.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { ANHUI_FIXTURE, addReport, reportById, withKnowledgeCopy } from "../support/knowledge.js";

let kb: KnowledgeBase;
// The report the generator copies, by id: knowledge/ may hold others, and may list them first.
let real: Report;
beforeAll(() => {
  kb = generateKnowledge(10_000, 42);
  real = reportById(loadKnowledge(DEFAULT_KNOWLEDGE_DIR), TEMPLATE_REPORT_ID);
});

describe("generateKnowledge", () => {
  it("compiles its templates from Henan's report, found by id, when another report sorts before it", () => {
    withKnowledgeCopy((dir) => {
      addReport(dir, ANHUI_FIXTURE);
      expect(loadKnowledge(dir).reports[0]!.meta.id).not.toBe(TEMPLATE_REPORT_ID);
      expect(realTemplates(dir).entriesPerReport).toBe(real.entries.length);
    });
  });

  it("is deterministic: the same seed gives the same knowledge, another seed other knowledge", () => {
    const a = generateKnowledge(1_500, 7);
    const b = generateKnowledge(1_500, 7);
    const c = generateKnowledge(1_500, 8);
    expect(JSON.stringify(a.reports)).toBe(JSON.stringify(b.reports));
    expect(a.version).toBe(b.version);
    expect(JSON.stringify(c.reports)).not.toBe(JSON.stringify(a.reports));
  });

  it("produces exactly the requested number of entries", () => {
    expect(kb.entries).toHaveLength(10_000);
    for (const size of [1, 111, 112, 113, 2_345])
      expect(generateKnowledge(size, 1).entries).toHaveLength(size);
    expect(() => generateKnowledge(0, 1)).toThrow();
  });

  it("is a consistent KnowledgeBase: reports, sections, entries, groups and byId agree", () => {
    expect(kb.sections).toEqual(kb.reports.flatMap((r) => r.sections));
    expect(kb.entries).toEqual(kb.reports.flatMap((r) => r.entries));
    expect(kb.groups).toEqual(kb.reports.flatMap((r) => r.groups));
    expect(kb.byId.size).toBe(kb.entries.length);
    for (const e of kb.entries) expect(kb.byId.get(e.id)).toBe(e);
    expect(new Set(kb.reports.map((r) => r.meta.id)).size).toBe(kb.reports.length);
    expect(new Set(kb.sections.map((s) => `${s.report}\u0000${s.title}`)).size).toBe(kb.sections.length);
  });

  it("gives every entry a unique id and a valid schema", () => {
    expect(new Set(kb.entries.map((e) => e.id)).size).toBe(kb.entries.length);
    const invalid = kb.entries.filter((e) => !EntrySchema.safeParse(e).success).map((e) => e.id);
    expect(invalid).toEqual([]);
    expect(kb.sections.filter((s) => !SectionSchema.safeParse(s).success).map((s) => s.title)).toEqual([]);
  });

  it("passes the real provenance check: each written figure is in its sentence, in its section, and reads as its value", () => {
    expect(checkProvenance(kb.entries, kb.sections)).toEqual([]);
    expect(checkGroups(kb.groups, kb.byId)).toEqual([]);
    expect(kb.groups.length).toBeGreaterThan(0);
  });

  it("keeps the real kinds, units and entries per report, and varies figures, programmes, regions and years", () => {
    expect(new Set(kb.entries.map((e) => e.kind))).toEqual(new Set(real.entries.map((e) => e.kind)));
    expect(new Set(kb.entries.map((e) => e.unit))).toEqual(new Set(real.entries.map((e) => e.unit)));
    const full = kb.reports.slice(0, -1);
    for (const r of full) expect(r.entries.map((e) => e.kind)).toEqual(real.entries.map((e) => e.kind));
    // Figures vary: most written forms differ from the real one at the same place.
    const differing = full[0]!.entries.filter((e, i) => e.written !== real.entries[i]!.written).length;
    expect(differing).toBeGreaterThan(real.entries.length * 0.8);
    // Programme names vary: more distinct section titles than the real report has.
    expect(new Set(kb.sections.map((s) => s.title)).size).toBeGreaterThan(real.sections.length * 3);
    expect(
      new Set(kb.entries.filter((e) => / Plan\b/.test(e.section)).map((e) => e.section)).size,
    ).toBeGreaterThan(5);
    // Regions are provinces the engine recognises; report years 2006-2020, figure years 2005-2020.
    for (const r of kb.reports) {
      expect(REGIONS).toContain(r.meta.region);
      expect(regionsIn(`figures for ${r.meta.region} in ${r.meta.year}`)).toEqual([r.meta.region]);
      expect(r.meta.year).toBeGreaterThanOrEqual(2006);
      expect(r.meta.year).toBeLessThanOrEqual(2020);
    }
    for (const e of kb.entries) {
      expect(e.year).toBeGreaterThanOrEqual(2005);
      expect(e.year).toBeLessThanOrEqual(2020);
      expect(e.region).toBe(kb.reports.find((r) => r.meta.id === e.report)!.meta.region);
    }
    expect(new Set(kb.reports.map((r) => r.meta.region)).size).toBeGreaterThan(20);
  });

  it("writes figures the way the report does, consistent with their values", () => {
    const money = kb.entries.filter((e) => e.kind === "money");
    for (const e of money) expect(e.written).toMatch(/^\d[\d,.]*( (thousand|million|billion))? Yuan$/);
    for (const e of kb.entries.filter((x) => x.kind === "percent"))
      expect(e.written).toMatch(/^\d+(\.\d+)?%$/);
    for (const e of kb.entries.filter((x) => x.kind === "length")) expect(e.written).toMatch(/ km$/);
    const billions = money.filter((e) => e.written.includes("billion"));
    expect(billions.length).toBeGreaterThan(0);
    for (const e of billions) expect(e.value).toBeGreaterThanOrEqual(1e9);
  });
});
