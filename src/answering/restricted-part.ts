// "How many goats were handed out to poor families in Dongshan Prefecture?" of a report that gives
// the goats handed out in the whole province, and elsewhere a figure of its own for Dongshan
// Prefecture ("goats per family in Dongshan Prefecture"): the question restricts its thing to a part
// ("in <part>") the report names and counts other figures for, and a figure whose own words (label,
// clause, sentence, section title) never name that part is the whole's, not the part's. The report's
// own province ("Yunnan's", "in Yunnan") and the year restrict nothing: every figure of the report
// shares them, nor does being poor, the subject of every report. A part the report never names is
// left to other rules (the question's own wording for something the figure may well be about).
import type { Entry } from "../knowledge/schema.js";
import { CARDINALS } from "../text/number-words.js";
import { isYearText } from "../text/years.js";
import { contentWords } from "../text/words.js";
import { getOrInsertComputed } from "../util/maps.js";
import { PROVINCES } from "./regions.js";
import { synonymsOf } from "./synonyms.js";
import type { SearchIndex } from "./search-index.js";

// "in/among/within <part>": the part runs to the next preposition, clause word or punctuation.
const RESTRICTION =
  /\b(?:in|among|within)\s+([\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+)*?)(?=\s+(?:in|on|at|by|for|during|from|to|with|of|and|or|that|who|which|where|when|before|after|since|under|over|were|was|is|are|did|do|does|have|has|had)\b|\s*[?,.;:()!]|$)/giu;
// Number words say how many parts there are ("six areas"), not which.
const isNumberWord = (word: string) => /^\d[\d.,]*$/.test(word) || Object.hasOwn(CARDINALS, word);
// A part is named by at least two words ("Dongshan Prefecture", "key areas"): one word alone ("in
// villages", "in agriculture") is mostly the thing's own setting, not a part of it.
const MIN_PART_WORDS = 2;

// Every report is about the poor: "in the needy hamlets", "in poor areas" name the report's whole
// setting, as its province does, not a part of it.
const THEME_WORDS = new Set(
  ["poor", ...synonymsOf("poor")].flatMap((w) => contentWords(w).map((x) => x.stem)),
);

const PROVINCE_WORDS = new Set(
  Object.keys(PROVINCES).flatMap((name) => contentWords(name).map((w) => w.stem)),
);

/** The stems of each part `question` restricts its thing to (the province's and year's words left out). */
export function partsAsked(question: string): string[][] {
  const parts: string[][] = [];
  for (const m of question.matchAll(RESTRICTION)) {
    const text = m[1]!.replace(/\b\p{L}+['’]s\b/giu, (owner) =>
      PROVINCE_WORDS.has(contentWords(owner.replace(/['’]s$/, ""))[0]?.stem ?? "") ? "" : owner,
    );
    const stems = contentWords(text)
      .filter((w) => !isYearText(w.surface) && !isNumberWord(w.surface.toLowerCase()))
      .filter((w) => !PROVINCE_WORDS.has(w.stem) && !THEME_WORDS.has(w.stem))
      .map((w) => w.stem);
    if (stems.length >= MIN_PART_WORDS) parts.push(stems);
  }
  return parts;
}

const holdsRun = (stems: readonly string[], run: readonly string[]) =>
  stems.some((_, i) => run.every((s, j) => stems[i + j] === s));

const stemsOf = (text: string) => contentWords(text).map((w) => w.stem);

// Each report's figure labels as stems, made once per report when a question restricts a part.
const labelsByReport = new WeakMap<object, string[][]>();

/**
 * Whether a figure whose own words are `own` leaves out a part `question` restricts its thing to,
 * though the report counts that part separately (one of its figure `labels` names it, word for
 * word): not every word of the part is among the figure's own.
 */
export function omitsCountedPart(question: string, own: string, labels: readonly string[][]): boolean {
  return omitsPart(partsAsked(question), own, labels);
}

function omitsPart(parts: readonly string[][], own: string, labels: readonly string[][]): boolean {
  if (parts.length === 0) return false;
  const ownStems = new Set(stemsOf(own));
  return parts.some(
    (part) => labels.some((label) => holdsRun(label, part)) && !part.some((s) => ownStems.has(s)),
  );
}

/** omitsCountedPart of the figure `e`: its label, clause, sentence and section title against its report's labels. */
export function leavesOutTheRestrictedPart(question: string, index: SearchIndex, e: Entry): boolean {
  const parts = partsAsked(question);
  if (parts.length === 0) return false;
  const report = index.reportsById.get(e.report);
  if (!report) return false;
  const labels = getOrInsertComputed(labelsByReport, report, () =>
    index.kb.entries.filter((x) => x.report === e.report).map((x) => stemsOf(x.label)),
  );
  return omitsPart(parts, `${e.label} ${e.context} ${e.sentence} ${e.section}`, labels);
}
