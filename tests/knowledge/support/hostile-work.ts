// What the hostile-text test runs on a worker: the text steps of loading a report, each on a
// text far larger than any report. Returns only sizes, so the result crosses threads cheaply.
import { cleanReportText } from "../../../src/knowledge/clean.js";
import { buildKnowledge, KnowledgeError } from "../../../src/knowledge/load.js";
import { findDates, findNumbers } from "../../../src/knowledge/numbers.js";
import { splitSections, splitSentences } from "../../../src/knowledge/split.js";
import { skipSpansFor } from "../../../src/knowledge/validate.js";

/** Cleaning alone (no limits apply to it): the whole text, as one line or many. */
export function clean(text: string): number {
  return cleanReportText(text, { footerStart: "版权所有" }).length;
}

/** The matching the extractor and the checks do, on the cleaned text as one sentence. */
export function scan(text: string): number {
  const cleaned = cleanReportText(text);
  splitSections(cleaned);
  const flat = cleaned.replace(/\s+/g, " ");
  const skips = [
    {
      section: "*",
      pattern: "(a+)+b|No\\.\\s?\\d+ Document|(x|xx)+y",
      reason: "a hostile pattern from data",
    },
  ];
  return (
    splitSentences(flat).length +
    findNumbers(flat).length +
    findDates(flat).length +
    skipSpansFor("S", flat, skips).length
  );
}

/** A whole load, limits included: either knowledge or the list of what is wrong. */
export function load(text: string): string {
  const meta = {
    id: "hostile",
    title: "Hostile",
    region: "Nowhere",
    year: 2011,
    source: "made up for the hostile-text test",
  };
  try {
    return `loaded ${buildKnowledge([{ meta, text, annotations: {} }]).entries.length} entries`;
  } catch (error) {
    if (error instanceof KnowledgeError)
      return `refused: ${error.violations
        .map((v) => v.message)
        .join(" | ")
        .slice(0, 300)}`;
    throw error;
  }
}
