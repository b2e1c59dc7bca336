// The engine on synthetic knowledge (behaviour, not speed): a 10,000-entry knowledge base answers
// its generated questions with the right entry first, and a snapshot round-trip answers the same.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { persistence, SNAPSHOT_MODULE } from "../../bench/persist.js";
import {
  generateKnowledge,
  generateQuestions,
  KNOWLEDGE_DIR,
  type SyntheticQuestion,
} from "../../bench/synthetic.js";
import { createEngine, type Engine } from "../../src/answering/engine.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";

let engine: Engine;
let questions: SyntheticQuestion[];
const dir = mkdtempSync(join(tmpdir(), "bench-test-"));
beforeAll(() => {
  const kb = generateKnowledge(10_000, 11);
  engine = createEngine(kb, loadGlossary(KNOWLEDGE_DIR));
  questions = generateQuestions(kb, 150, 11);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("engine on 10,000 synthetic entries", () => {
  it("cites the expected entry first for at least 90% of generated questions", () => {
    const misses = questions.filter((q) => engine.answer(q.q).citations[0]?.entryId !== q.entryId);
    const top1 = 1 - misses.length / questions.length;
    expect(
      top1,
      `top-1 ${top1.toFixed(3)}; e.g. ${misses
        .slice(0, 5)
        .map((q) => q.q)
        .join(" | ")}`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it("answers the same after a snapshot round-trip (save, then load)", async () => {
    // The snapshot module is part of the engine: if it moved, this fails rather than skipping.
    expect(existsSync(SNAPSHOT_MODULE), SNAPSHOT_MODULE).toBe(true);
    const p = await persistence();
    expect(p.method).toBe("snapshot");
    if (p.method !== "snapshot") return;
    const file = join(dir, "synthetic.snapshot");
    await p.api.saveSnapshot(engine, file);
    const loaded = await p.api.loadSnapshot(file);
    expect(loaded.kb.entries).toHaveLength(engine.kb.entries.length);
    expect(loaded.kb.version).toBe(engine.kb.version);
    for (const q of questions.slice(0, 60)) expect(loaded.answer(q.q)).toEqual(engine.answer(q.q));
  });
});
