import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.js";
import { KnowledgeError, loadKnowledge } from "../../src/knowledge/load.js";
import { checkCoverage, checkProvenance } from "../../src/knowledge/validate.js";
import { HENAN, realEngine, withKnowledgeCopy } from "../support/knowledge.js";

const kb = () => realEngine().kb;
const loadError = (dir: string): KnowledgeError => {
  try {
    loadKnowledge(dir);
  } catch (e) {
    if (e instanceof KnowledgeError) return e;
    throw e;
  }
  throw new Error("loading succeeded");
};

describe("provenance check", () => {
  it("passes on the real knowledge", () => {
    expect(checkProvenance(kb().entries, kb().sections)).toEqual([]);
  });

  it("rejects an entry whose figure is not written in its sentence", () => {
    const e = kb().entries.find((x) => x.written === "5853 households")!;
    const broken = { ...e, written: "5835 households", value: 5835 } as Entry;
    const v = checkProvenance([broken], kb().sections);
    expect(v.map((x) => x.message).join()).toMatch(/"5835 households" is not written in its sentence/);
  });

  it("rejects an entry whose value differs from its written figure", () => {
    const e = kb().entries.find((x) => x.written === "4.418 billion Yuan")!;
    const v = checkProvenance([{ ...e, value: 4418000 } as Entry], kb().sections);
    expect(v.map((x) => x.message).join()).toMatch(/value 4418000 differs/);
  });

  it("rejects an entry whose sentence is not in the report", () => {
    const e = kb().entries[0]!;
    const v = checkProvenance([{ ...e, sentence: `${e.sentence} Invented.` }], kb().sections);
    expect(v[0]!.message).toMatch(/sentence is not in section/);
  });
});

describe("coverage check", () => {
  it("passes on the real knowledge, with every skipped number given a reason", () => {
    const r = checkCoverage(kb().entries, kb().sections, kb().reports[0]!.skips);
    expect(r.violations).toEqual([]);
    expect(r.skipped.length).toBeGreaterThan(0);
    for (const s of r.skipped) expect(s.reason.length).toBeGreaterThan(5);
    expect(r.skipped.map((s) => s.text)).toEqual(expect.arrayContaining(["10", "21", "17th"]));
  });

  it("reports a number in the body that lost its entry", () => {
    const entries = kb().entries.filter((e) => e.written !== "58 wells");
    const r = checkCoverage(entries, kb().sections, kb().reports[0]!.skips);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.message).toContain('"58"');
  });
});

describe("loading knowledge from disk", () => {
  it("fails whole, listing every violation, when a facts file holds a figure missing from its sentence", () => {
    withKnowledgeCopy((dir) => {
      const entries = kb().entries.map((e) =>
        e.written === "52 bridges" ? { ...e, written: "53 bridges", value: 53 } : e,
      );
      writeFileSync(
        join(dir, HENAN, "facts.json"),
        JSON.stringify({ entries: entries.filter((e) => e.written !== "58 wells") }),
      );
      const error = loadError(dir);
      const messages = error.violations.map((v) => `${v.check}: ${v.message}`);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^provenance: .*"53 bridges"/),
          expect.stringMatching(/^coverage: .*"58"/),
        ]),
      );
    });
  });

  it("loads an exported facts file exactly like the extracted entries", () => {
    withKnowledgeCopy((dir) => {
      writeFileSync(join(dir, HENAN, "facts.json"), JSON.stringify({ entries: kb().entries }));
      expect(loadKnowledge(dir).entries).toEqual(kb().entries);
    });
  });

  it("rejects annotations for an unknown entry and a meta file that breaks the schema", () => {
    withKnowledgeCopy((dir) => {
      const annotations = JSON.parse(readFileSync(join(dir, HENAN, "annotations.json"), "utf8"));
      annotations.entries["henan-2011:nowhere:1"] = { label: "Nothing", aliases: [] };
      writeFileSync(join(dir, HENAN, "annotations.json"), JSON.stringify(annotations));
      const meta = JSON.parse(readFileSync(join(dir, HENAN, "meta.json"), "utf8"));
      writeFileSync(join(dir, HENAN, "meta.json"), JSON.stringify({ ...meta, year: "2011" }));
      const messages = loadError(dir)
        .violations.map((v) => v.message)
        .join("\n");
      expect(messages).toMatch(/year/);
    });
    withKnowledgeCopy((dir) => {
      const annotations = JSON.parse(readFileSync(join(dir, HENAN, "annotations.json"), "utf8"));
      annotations.entries["henan-2011:nowhere:1"] = { label: "Nothing", aliases: [] };
      writeFileSync(join(dir, HENAN, "annotations.json"), JSON.stringify(annotations));
      expect(
        loadError(dir)
          .violations.map((v) => v.message)
          .join(),
      ).toMatch(/unknown entry henan-2011:nowhere:1/);
    });
  });

  it("refuses a folder with no report text", () => {
    withKnowledgeCopy((dir) => {
      rmSync(join(dir, HENAN, "report.txt"));
      expect(
        loadError(dir)
          .violations.map((v) => v.message)
          .join(),
      ).toMatch(/report text is empty/);
    });
  });

  it("loads a second report beside the first, with its own ids", () => {
    withKnowledgeCopy((dir) => {
      const folder = join(dir, "reports", "demo-2012");
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, "meta.json"),
        JSON.stringify({ id: "demo-2012", title: "Demo", region: "Hubei", year: 2012, source: "test" }),
      );
      writeFileSync(
        join(folder, "report.txt"),
        "Demo\n【Roads】In 2012, Hubei built roads of 42 km and 7 bridges.",
      );
      const loaded = loadKnowledge(dir);
      expect(loaded.reports.map((r) => r.meta.id)).toEqual(["demo-2012", "henan-2011"]);
      expect(
        loaded.entries.filter((e) => e.report === "demo-2012").map((e) => [e.id, e.value, e.unit]),
      ).toEqual([
        ["demo-2012:roads:42-km", 42, "km"],
        ["demo-2012:roads:7-bridges", 7, "bridges"],
      ]);
    });
  });
});
