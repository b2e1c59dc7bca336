// What the loader refuses before spending time on it, each with a message naming the limit
// (issue 9, point 7), and the data patterns it refuses to run on a backtracking engine.
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  FIGURES_MAX_PER_REPORT,
  FILE_MAX_BYTES,
  LINE_MAX_CHARS,
  SENTENCE_MAX_CHARS,
} from "../../src/knowledge/limits.js";
import { buildKnowledge, KnowledgeError } from "../../src/knowledge/load.js";
import { createEngine } from "../../src/answering/engine.js";
import { KnowledgeStore } from "../../src/knowledge/store.js";
import { HENAN, withKnowledgeCopy } from "../support/knowledge.js";

const META = {
  id: "limits",
  title: "Limits",
  region: "Nowhere",
  year: 2011,
  source: "made up for the limits test",
};
const VALID = "Limits\n\n【Overview】In 2011, the county built 52 bridges.\n";

function violations(text: string, annotations: unknown = {}): string[] {
  try {
    buildKnowledge([{ meta: META, text, annotations }]);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return error.violations.map((v) => v.message);
    throw error;
  }
}

describe("the loader's limits", () => {
  it("accepts a small valid report (the baseline for the refusals below)", () => {
    expect(violations(VALID)).toEqual([]);
  });

  it(`refuses a knowledge file over ${FILE_MAX_BYTES} bytes on disk before reading it`, () => {
    withKnowledgeCopy((dir) => {
      // The real report followed by blank lines: valid text, only too large.
      appendFileSync(
        join(dir, HENAN, "report.txt"),
        `\n${" ".repeat(1000)}`.repeat(Math.ceil(FILE_MAX_BYTES / 1000)),
      );
      expect(() => KnowledgeStore.open(dir, { createEngine })).toThrow(
        /report\.txt: the file is 2\.\d\d MiB; the limit for a knowledge file is 2 MiB/,
      );
    });
  });

  it(`refuses a line longer than ${LINE_MAX_CHARS} characters, naming the line`, () => {
    const text = `${VALID}${"word ".repeat(LINE_MAX_CHARS / 5)}x\n`;
    expect(violations(text)).toEqual([
      `limits: line 4 of the report text is ${LINE_MAX_CHARS + 1} characters long; the limit is ${LINE_MAX_CHARS} characters a line`,
    ]);
  });

  it(`refuses a sentence longer than ${SENTENCE_MAX_CHARS} characters`, () => {
    const text = `${VALID}${"and then more words\n".repeat(SENTENCE_MAX_CHARS / 15)}`;
    expect(violations(text)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^limits / Overview: a sentence of \\d+ characters; the limit is ${SENTENCE_MAX_CHARS} \\(`,
        ),
      ),
    ]);
  });

  it(`refuses more than ${FIGURES_MAX_PER_REPORT} figures in one report`, () => {
    const sentences = Array.from(
      { length: FIGURES_MAX_PER_REPORT / 2 + 1 },
      (_, i) => `In 2011, it built ${i + 1} bridges and ${i + 2} wells.`,
    );
    const text = `Limits\n\n【Overview】${sentences.map((s, i) => (i % 100 === 99 ? `${s}\n` : `${s} `)).join("")}\n`;
    expect(violations(text)).toEqual([
      `limits: more than ${FIGURES_MAX_PER_REPORT} figures; the limit for one report is ${FIGURES_MAX_PER_REPORT}`,
    ]);
  });

  it("refuses a skip pattern that RE2 cannot run (a backreference), naming it", () => {
    const annotations = { skips: [{ section: "*", pattern: "(\\d)\\1", reason: "repeated digits" }] };
    expect(violations(VALID, annotations)).toEqual([
      expect.stringMatching(
        /^limits annotations\.json: skips\.0\.pattern "\(\\\\d\)\\\\1": not a supported pattern \(RE2 syntax: no backreferences or lookaround\)/,
      ),
    ]);
  });

  it("runs a supported skip pattern as before", () => {
    const annotations = {
      skips: [{ section: "*", pattern: "\\d+ bridges", reason: "bridges are counted elsewhere" }],
    };
    const kb = buildKnowledge([{ meta: META, text: VALID, annotations }]);
    expect(kb.entries).toEqual([]);
    expect(kb.skipped).toContainEqual({
      section: "Overview",
      text: "52",
      reason: "bridges are counted elsewhere",
    });
  });

  it("the real report is far inside every limit", () => {
    const text = readFileSync(join("knowledge", HENAN, "report.txt"), "utf8");
    expect(Buffer.byteLength(text)).toBeLessThan(FILE_MAX_BYTES / 10);
    expect(Math.max(...text.split("\n").map((l) => l.length))).toBeLessThan(LINE_MAX_CHARS / 5);
  });
});
