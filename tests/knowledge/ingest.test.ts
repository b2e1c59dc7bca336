import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanReportText } from "../../src/knowledge/clean.js";
import { splitSections, splitSentences } from "../../src/knowledge/split.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { realEngine } from "../support/knowledge.js";

const raw = readFileSync(join(DEFAULT_KNOWLEDGE_DIR, "reports/henan-2011/report.txt"), "utf8");

describe("ingestion of the scraped report", () => {
  it("keeps the report byte for byte as it was scraped", () => {
    expect(raw).toContain("\ufffd");
    expect(raw).toContain("mso-hansi-font-family");
  });

  it("removes style fragments, replacement characters, non-breaking spaces and the site footer", () => {
    const cleaned = cleanReportText(raw, { footerStart: "扫描下载手机客户端" });
    expect(cleaned).not.toMatch(/\ufffd|\u00a0|mso-|font-family|'>/);
    expect(cleaned).not.toMatch(/\p{Script=Han}/u);
    expect(cleaned.endsWith("Sishui County.")).toBe(true);
  });

  it("drops a trailing Chinese footer even when the metadata names none", () => {
    expect(cleanReportText("【A】Some text.\n\n版权所有©中国国际扶贫中心\n地址:北京")).toBe(
      "【A】Some text.",
    );
  });

  it("splits the 15 sections in order, the last one about Shandong", () => {
    const kb = realEngine().kb;
    expect(kb.sections.map((s) => s.title)).toEqual([
      "Overview",
      "Investment of anti-poverty funds",
      "Entire village advancement",
      "Pilot work of contiguous development",
      "Rain Plan",
      "Poverty alleviation by science and technology and industrialization",
      "Relocation for poverty alleviation",
      "Social poverty alleviation",
      "Microfinance and mutual funds",
      "Convergence of two systems",
      "Foreign-funded poverty alleviation",
      "Lottery fund",
      "Poverty alleviation publicity",
      "Organization construction",
      "Performance evaluation",
    ]);
    expect(kb.sections.at(-1)!.region).toBe("Shandong");
    expect(
      kb.entries.filter((e) => e.section === "Performance evaluation").every((e) => e.region === "Shandong"),
    ).toBe(true);
  });

  it("splits sentences without breaking at decimals, thousands or 'No.' abbreviations", () => {
    expect(
      splitSentences("It spent 4.418 billion Yuan. No. 21 Document was issued. Then 1,000 villages joined."),
    ).toEqual(["It spent 4.418 billion Yuan.", "No. 21 Document was issued.", "Then 1,000 villages joined."]);
    const { sections } = splitSections("Title\n【One】A b. C d.【Two】E f.");
    expect(sections.map((s) => [s.title, s.sentences.length])).toEqual([
      ["One", 2],
      ["Two", 1],
    ]);
  });

  it("normalises figures: money in Yuan, percentages as percent numbers, dates as ISO", () => {
    const byWritten = (w: string, section?: string) =>
      realEngine().kb.entries.find((e) => e.written === w && (!section || e.section === section))!;
    expect(byWritten("4.418 billion Yuan")).toMatchObject({
      kind: "money",
      value: 4418000000,
      unit: "Yuan",
      year: 2011,
    });
    expect(byWritten("633.5068 million Yuan")).toMatchObject({ value: 633506800 });
    expect(byWritten("35.2%")).toMatchObject({ kind: "percent", value: 35.2 });
    expect(byWritten("3005 km")).toMatchObject({ kind: "length", value: 3005, unit: "km" });
    expect(byWritten("1.09 million square meters")).toMatchObject({
      kind: "area",
      value: 1090000,
      unit: "square meters",
    });
    expect(byWritten("5853 households")).toMatchObject({ kind: "count", value: 5853, unit: "households" });
    expect(byWritten("January 9, 2011")).toMatchObject({ kind: "date", value: "2011-01-09" });
    expect(byWritten("62.806 million Yuan")).toMatchObject({ year: 2010 });
  });

  it("gives every entry a stable id, a label, a sentence that holds the figure, and a report", () => {
    const { entries } = realEngine().kb;
    expect(entries.length).toBeGreaterThan(100);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.sentence).toContain(e.written);
      expect(e.label.length).toBeGreaterThan(3);
      expect(e.report).toBe("henan-2011");
    }
  });
});
