// "N students received allowances of M Yuan each": the total is N × M (compute.ts totalOf), never
// the per-student amount given back as if it were the total. A small made-up report loaded from disk.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadEngine } from "../../src/answering/load-engine.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { MADE_UP_GANSU_META, madeUpGansuText } from "../support/knowledge.js";

const dir = mkdtempSync(join(tmpdir(), "report-bot-each-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function engineFor(body: Record<string, string>) {
  const folder = join(dir, "reports", MADE_UP_GANSU_META.id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "report.txt"), madeUpGansuText(body));
  writeFileSync(join(folder, "meta.json"), JSON.stringify(MADE_UP_GANSU_META));
  cpSync(join(DEFAULT_KNOWLEDGE_DIR, "glossary.zh.json"), join(dir, "glossary.zh.json"));
  return loadEngine(dir);
}

describe("a total from a count and an amount given 'each'", () => {
  const engine = engineFor({
    "Education assistance":
      "In 2012, the province renovated 187 schools in poor villages. A total of 28,400 students from poor families received living allowances of 1,200 Yuan each.",
  });

  it("multiplies the amount by the count it is given for", () => {
    const a = engine.answer("How much money in total went on the living allowances for poor students?");
    expect(a).toMatchObject({ type: "derived", value: 34_080_000 });
    expect(a.text).toContain("1,200 Yuan × 28,400");
  });

  it("still gives the amount each when that is asked", () => {
    expect(engine.answer("How much did each poor student get as a living allowance?").value).toBe(1200);
  });
});
