import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import type { Answer } from "../../src/answering/schema.js";
import { type Miss, SetFileError, scoreSetFile } from "../../src/eval/score-set.js";

// An engine that answers every question with one figure: enough to check the loop's bookkeeping.
const answering = (value: number) =>
  ({
    answer: (question: string) =>
      ({
        question,
        answered: true,
        type: "figure",
        verdict: null,
        value,
        unit: "km",
        section: "Roads",
        report: null,
        citations: [],
        text: "",
      }) as unknown as Answer,
  }) as unknown as Engine;

function setFile(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "score-set-")), "demo.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

describe("scoreSetFile", () => {
  const file = setFile([
    JSON.stringify({ id: "a", kind: "direct", q: "How many km?", section: "Roads", value: 12 }),
    "",
    JSON.stringify({ id: "b", kind: "direct", q: "How many km of track?", section: "Roads", value: 40 }),
    JSON.stringify({ id: "c", kind: "oos", q: "What was the weather?" }),
  ]);

  it("counts right answers per kind and skips blank lines", () => {
    const s = scoreSetFile(answering(12), file);
    expect(s).toEqual({ right: 1, total: 3, kinds: { direct: [1, 2], oos: [0, 1] } });
  });

  it("reports each miss with what was expected and what came back", () => {
    const misses: Miss[] = [];
    scoreSetFile(answering(12), file, (m) => misses.push(m));
    expect(misses.map((m) => [m.set, m.id])).toEqual([
      ["demo", "b"],
      ["demo", "c"],
    ]);
    expect(misses[0]?.got).toContain("12 km (Roads)");
  });

  it("names the file and the line when a line is not a question", () => {
    const bad = setFile(['{"id": "x", "kind": "direct"}']);
    expect(() => scoreSetFile(answering(1), bad)).toThrow(SetFileError);
    expect(() => scoreSetFile(answering(1), bad)).toThrow(/demo\.jsonl/);
  });
});
