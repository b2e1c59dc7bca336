import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/engine.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { auditKnowledge } from "../../src/knowledge/audit.js";
import { partsTree } from "../../src/knowledge/groups.js";
import { buildKnowledge, loadKnowledge } from "../../src/knowledge/load.js";
import { moneyEntries } from "./support/money-entries.js";
import { DEFAULT_KNOWLEDGE_DIR, resolveFromRoot } from "../../src/paths.js";

/** Money entries of one sentence, in the order written (values in billions). */
const money = (sentence: string, figures: [string, number][]) => moneyEntries(sentence, figures, 1e9);
const levels = (sentence: string, figures: [string, number][]) =>
  partsTree(sentence, money(sentence, figures)).map((l) => [l.total.written, l.parts.map((p) => p.written)]);

describe("a breakdown is read as a tree: totals, parts and parts of parts", () => {
  it("closes a nested level once its parts add up to their sub-total", () => {
    const s =
      "A total of 21 billion Yuan was invested, of which 1.1 billion Yuan was special funds, of which 0.6 billion Yuan came from the central government and 0.5 billion Yuan from the province, and 19.9 billion Yuan was loans.";
    expect(
      levels(s, [
        ["21 billion Yuan", 21],
        ["1.1 billion Yuan", 1.1],
        ["0.6 billion Yuan", 0.6],
        ["0.5 billion Yuan", 0.5],
        ["19.9 billion Yuan", 19.9],
      ]),
    ).toEqual([
      ["21 billion Yuan", ["1.1 billion Yuan", "19.9 billion Yuan"]],
      ["1.1 billion Yuan", ["0.6 billion Yuan", "0.5 billion Yuan"]],
    ]);
  });

  it("closes a nested level at its closing parenthesis and at a semicolon, even when it does not add up", () => {
    const paren =
      "Funds reached 5 billion Yuan, of which 3 billion Yuan was public (of which 1 billion Yuan central and 1.5 billion Yuan provincial) and 2 billion Yuan private.";
    expect(
      levels(paren, [
        ["5 billion Yuan", 5],
        ["3 billion Yuan", 3],
        ["1 billion Yuan", 1],
        ["1.5 billion Yuan", 1.5],
        ["2 billion Yuan", 2],
      ]),
    ).toEqual([
      ["5 billion Yuan", ["3 billion Yuan", "2 billion Yuan"]],
      ["3 billion Yuan", ["1 billion Yuan", "1.5 billion Yuan"]],
    ]);
    const semi =
      "Funds reached 5 billion Yuan, of which 3 billion Yuan was public, of which 1 billion Yuan central and 1.5 billion Yuan provincial; 2 billion Yuan was private.";
    expect(
      levels(semi, [
        ["5 billion Yuan", 5],
        ["3 billion Yuan", 3],
        ["1 billion Yuan", 1],
        ["1.5 billion Yuan", 1.5],
        ["2 billion Yuan", 2],
      ])[0],
    ).toEqual(["5 billion Yuan", ["3 billion Yuan", "2 billion Yuan"]]);
  });

  it("starts afresh after a complete breakdown: a second total in the sentence is not a part of the first", () => {
    const s =
      "It invested 3 billion Yuan, of which 1 billion Yuan was central and 2 billion Yuan provincial, and planned 4 billion Yuan, of which 1.5 billion Yuan was central and 2.5 billion Yuan provincial.";
    expect(
      levels(s, [
        ["3 billion Yuan", 3],
        ["1 billion Yuan", 1],
        ["2 billion Yuan", 2],
        ["4 billion Yuan", 4],
        ["1.5 billion Yuan", 1.5],
        ["2.5 billion Yuan", 2.5],
      ]),
    ).toEqual([
      ["3 billion Yuan", ["1 billion Yuan", "2 billion Yuan"]],
      ["4 billion Yuan", ["1.5 billion Yuan", "2.5 billion Yuan"]],
    ]);
  });
});

describe("the audit checks each level against its own sub-total", () => {
  const report = (annotations?: unknown) => ({
    meta: { id: "t-2012", title: "T", region: "Anhui", year: 2012, source: "test" },
    text: "【Funds】A total of 21 billion Yuan was invested, of which 1.1 billion Yuan was special funds, of which 0.6 billion Yuan came from the central government and 0.5 billion Yuan from the province, and 19.9 billion Yuan was loans.",
    annotations,
  });

  it("finds both levels in a report nobody annotated and passes both", () => {
    const checks = auditKnowledge(buildKnowledge([report()]));
    expect(checks.map((c) => [c.stated, c.computed, c.ok])).toEqual([
      [21e9, 21e9, true],
      [1.1e9, 1.1e9, true],
    ]);
  });

  it("sums a curated group that lists a sub-total beside the sub-total's own parts over its direct parts only", () => {
    const id = (w: string) => `t-2012:funds:${w}-billion-yuan`;
    const checks = auditKnowledge(
      buildKnowledge([
        report({
          groups: [
            {
              id: "all",
              title: "All",
              type: "parts",
              total: id("21"),
              parts: [id("1-1"), id("0-6"), id("0-5"), id("19-9")],
            },
            {
              id: "special",
              title: "Special",
              type: "parts",
              total: id("1-1"),
              parts: [id("0-6"), id("0-5")],
            },
          ],
        }),
      ]),
    );
    expect(checks.find((c) => c.group === "all")).toMatchObject({ ok: true, computed: 21e9 });
    expect(checks.find((c) => c.group === "special")).toMatchObject({ ok: true, computed: 1.1e9 });
  });
});

describe("the Anhui 2012 test report (nested 'of which' in parentheses, no annotations)", () => {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-nested-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(resolveFromRoot("tests/fixtures/reports/anhui-2012"), join(dir, "reports", "anhui-2012"), {
    recursive: true,
  });
  cpSync(join(DEFAULT_KNOWLEDGE_DIR, "glossary.zh.json"), join(dir, "glossary.zh.json"));
  const kb = loadKnowledge(dir);
  const expected = JSON.parse(
    readFileSync(resolveFromRoot("tests/fixtures/reports/anhui-2012/expected.json"), "utf8"),
  ) as { groups: { total: number; parts: number[] }[] };

  it("holds every expected level, each checked against its own total, and none fails", () => {
    const checks = auditKnowledge(kb).filter((c) => c.kind === "sum");
    const found = kb.groups.map((g) => ({
      total: (kb.byId.get(g.total) as { value: number }).value,
      parts: g.parts.map((p) => (kb.byId.get(p) as { value: number }).value),
    }));
    expect(found).toEqual(
      expect.arrayContaining(expected.groups.map((g) => ({ total: g.total, parts: g.parts }))),
    );
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.stated)).toEqual(expect.arrayContaining([3.65e9, 1.84e9]));
  });

  it("gives no 'parts don't add up' note on an answer citing the nested total", () => {
    const engine = createEngine(kb, loadGlossary(dir));
    const a = engine.answer("What was the total of anti-poverty funds invested in Anhui in 2012?");
    expect(a.value).toBe(3.65e9);
    expect(a.notes.join(" ")).not.toMatch(/add up/);
  });
});
