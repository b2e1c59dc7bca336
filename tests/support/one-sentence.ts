// One sentence read as a section of the test report: its figures and both knowledge checks, for
// tests of how a sentence's numbers are read.
import { extractEntries } from "../../src/knowledge/extract.js";
import type { Section } from "../../src/knowledge/schema.js";
import { checkCoverage, checkProvenance } from "../../src/knowledge/validate.js";
import { TEST_REPORT_META } from "./knowledge.js";

export function readSentence(sentence: string) {
  const meta = TEST_REPORT_META;
  const raw = [{ title: "S", text: sentence, sentences: [sentence] }];
  const entries = extractEntries(meta, raw, []);
  const sections: Section[] = [{ report: meta.id, index: 0, region: "Anhui", aliases: [], ...raw[0]! }];
  return {
    entries,
    provenance: checkProvenance(entries, sections),
    coverage: checkCoverage(entries, sections, []),
  };
}

/** Each figure's label, by the figure as written, of a report made of one sentence. */
export function labelsOf(sentence: string): Map<string, string> {
  return new Map(readSentence(sentence).entries.map((e) => [e.written, e.label]));
}

/** Each figure's label, by the figure as written; a figure written twice gets "#2" the second time. */
export function labelsWithRepeatsOf(sentence: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readSentence(sentence).entries)
    out.set(out.has(e.written) ? `${e.written}#2` : e.written, e.label);
  return out;
}

/** Each figure's label and unit, by the figure as written. */
export function labelsAndUnitsOf(sentence: string): Map<string, { label: string; unit: string }> {
  return new Map(readSentence(sentence).entries.map((e) => [e.written, { label: e.label, unit: e.unit }]));
}

/** Each figure's label and year, by the figure as written. */
export function labelsAndYearsOf(sentence: string): Map<string, { label: string; year: number | null }> {
  return new Map(readSentence(sentence).entries.map((e) => [e.written, { label: e.label, year: e.year }]));
}
