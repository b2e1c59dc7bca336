// A name the question writes that is no English word ("Luoyang") points at the report that writes
// it, as a stated number or a quoted title does (written-names.ts, across-reports.ts).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadEngine } from "../../src/answering/load-engine.js";
import { writtenNames } from "../../src/answering/written-names.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { madeUpGansuText, madeUpMeta } from "../support/knowledge.js";

describe("writtenNames", () => {
  it("keeps words that are no English word, and leaves out the regions the question names", () => {
    expect(writtenNames("whats the population of luoyang in Henan", ["Henan"])).toContain("luoyang");
    expect(writtenNames("How many people were relocated in Henan?", ["Henan"])).toEqual([]);
  });
});

describe("a name one report writes, beside another report", () => {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-names-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const add = (meta: ReturnType<typeof madeUpMeta>, body: Record<string, string>) => {
    const folder = join(dir, "reports", meta.id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "report.txt"), madeUpGansuText(body));
    writeFileSync(join(folder, "meta.json"), JSON.stringify(meta));
  };
  add(madeUpMeta("Henan", 2011), {
    Overview: "In 2011, the provincial work conference on poverty alleviation was held in Luoyang City.",
  });
  add(madeUpMeta("Liaoning", 2013), {
    Overview: "The rural poor population of the province dropped to 974,000 at the end of the year.",
  });
  cpSync(join(DEFAULT_KNOWLEDGE_DIR, "glossary.zh.json"), join(dir, "glossary.zh.json"));
  const engine = loadEngine(dir);

  it("keeps the question with that report: another report's population is no population of Luoyang", () => {
    const a = engine.answer("whats the population of luoyang");
    expect(a.value).toBeNull();
    expect(a.citations.every((c) => c.report !== "liaoning-2013")).toBe(true);
  });
});
