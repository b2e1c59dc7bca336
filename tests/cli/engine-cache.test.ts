// The saved engine the terminal CLI starts from (src/answering/engine-cache.ts) is only ever a
// faster way to the same answers: changed knowledge (even with the same size and mtime), other
// code, or a damaged file make it rebuild from the knowledge with every check.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { cachedEngine, loadEngineCached } from "../../src/answering/engine-cache.js";
import { loadEngine } from "../../src/answering/load-engine.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";

const QUESTION = "How many households were relocated?";
let dir: string;
let cacheDir: string;
const open = () => loadEngineCached(dir, { cacheDir });
const snaps = () => readdirSync(cacheDir).filter((f) => f.endsWith(".snap"));

// Rewrites a knowledge file keeping its size and modification time: only its bytes differ.
function editKeepingStat(path: string, from: string, to: string): void {
  const before = statSync(path);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replaceAll(from, to));
  utimesSync(path, before.atime, before.mtime);
  expect(statSync(path).size).toBe(before.size);
}

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), "engine-cache-"));
  dir = join(root, "knowledge");
  cacheDir = join(root, "cache");
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
});

describe("the CLI's saved engine", () => {
  it("is built from the knowledge once, then reused, answering exactly as a fresh load", async () => {
    const first = await open();
    expect(first.from).toBe("knowledge");
    const second = await open();
    expect(second.from).toBe("cache");
    const fresh = loadEngine(dir);
    expect(second.engine.kb.version).toBe(fresh.kb.version);
    for (const q of [
      QUESTION,
      "How many people did the Rain Plan train?",
      "雨露计划转移就业多少人？",
      "What is the best pizza in town?",
    ]) {
      expect(second.engine.answer(q)).toEqual(fresh.answer(q));
    }
  });

  it("is not reused once a knowledge file's bytes change, even with the same size and mtime", async () => {
    await open();
    expect((await open()).from).toBe("cache");
    const report = join(dir, "reports/henan-2011");
    editKeepingStat(join(report, "report.txt"), "5853", "5854");
    editKeepingStat(join(report, "annotations.json"), "5853", "5854");
    const changed = await open();
    expect(changed.from).toBe("knowledge");
    expect(changed.engine.answer(QUESTION).value).toBe(5854);
    expect((await open()).engine.answer(QUESTION).value).toBe(5854);
  });

  it("is not reused when the glossary changes or a file is added", async () => {
    await open();
    const glossary = join(dir, "glossary.zh.json");
    const terms = JSON.parse(readFileSync(glossary, "utf8")) as { terms: Record<string, string> };
    terms.terms.试探词 = "probe";
    writeFileSync(glossary, JSON.stringify(terms));
    expect((await open()).from).toBe("knowledge");
    expect((await open()).engine.glossary.terms).toContainEqual(["试探词", "probe"]);
    writeFileSync(join(dir, "reports/henan-2011/notes.txt"), "an extra file");
    expect((await open()).from).toBe("knowledge");
  });

  it("is not reused by other code (another code version)", async () => {
    await loadEngineCached(dir, { cacheDir, codeVersion: "a" });
    expect((await loadEngineCached(dir, { cacheDir, codeVersion: "a" })).from).toBe("cache");
    expect((await loadEngineCached(dir, { cacheDir, codeVersion: "b" })).from).toBe("knowledge");
  });

  it("rebuilds a damaged file (flipped byte, truncated, emptied, garbage) and answers right", async () => {
    await open();
    const [file] = snaps();
    const path = join(cacheDir, file!);
    const good = readFileSync(path);
    const damaged = [
      Buffer.concat([
        good.subarray(0, good.length >> 1),
        Buffer.from([good[good.length >> 1]! ^ 0x01]),
        good.subarray((good.length >> 1) + 1),
      ]),
      good.subarray(0, good.length - 100),
      Buffer.alloc(0),
      Buffer.from("not a snapshot at all"),
    ];
    for (const bytes of damaged) {
      writeFileSync(path, bytes);
      const reopened = await open();
      expect(reopened.from).toBe("knowledge");
      expect(reopened.engine.answer(QUESTION).value).toBe(5853);
      expect(readFileSync(path).equals(good)).toBe(true); // rewritten whole
      expect((await open()).from).toBe("cache");
    }
  });

  it("does not save what was built while the knowledge changed underneath", async () => {
    const report = join(dir, "reports/henan-2011/report.txt");
    const built = await cachedEngine(
      dir,
      () => {
        const engine = loadEngine(dir);
        writeFileSync(report, `${readFileSync(report, "utf8")}\n`);
        return engine;
      },
      { cacheDir },
    );
    expect(built.from).toBe("knowledge");
    expect(existsSync(cacheDir) ? snaps() : []).toEqual([]);
    expect((await open()).from).toBe("knowledge");
    expect((await open()).from).toBe("cache");
  });

  it("works without a writable cache folder, and reports a missing knowledge folder as the loader does", async () => {
    writeFileSync(cacheDir, "a file where the folder should be");
    expect((await open()).engine.answer(QUESTION).value).toBe(5853);
    expect((await open()).from).toBe("knowledge");
    await expect(loadEngineCached(join(dir, "missing"), { cacheDir })).rejects.toMatchObject({
      name: "KnowledgeError",
    });
  });
});
