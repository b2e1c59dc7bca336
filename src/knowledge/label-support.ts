// A facts file gives each figure its label, and the label is what a question is matched against:
// a label that says something its sentence does not ("Poor people trained by the Rain Plan" on
// the relocation sentence) would make the bot answer a question with the wrong figure, cited
// with a true sentence. The rule: every content word of the label's head (the label outside
// parentheses: what the figure measures), after stemming, appears in its sentence, in its
// section's title or aliases, or in what the curated annotations (annotations.json) say about
// that same figure (its label and aliases); the figure's year and words naming the kind of
// figure (percent, share, total, date, …) are always allowed. A remark in parentheses
// ("(percent)", "(corrected 2012)") qualifies the head and is not checked. The facts file's own
// aliases do not count: they come from the same file as the label.
import { stemmer } from "stemmer";
import { sectionKey } from "./section-key.js";
import type { AnnotationsFile, Entry, Section } from "./schema.js";
import type { Violation } from "./validate.js";
import { getOrInsertComputed } from "../util/maps.js";

const FUNCTION_WORDS = new Set(
  (
    "a an the of in on for to and or by with at from as per into its their his her it was were is are be been being that which " +
    "this these those than who whom what where when all each every"
  ).split(" "),
);
/** Words that say what kind of figure it is, not what it measures. */
const KIND_STEMS = new Set(
  "percent percentage share rate total number amount value date length area"
    .split(" ")
    .map((w) => stemmer(w)),
);

/** A text's content words with their stems (numbers without their thousands commas). */
function contentWords(text: string): { word: string; stem: string }[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? [];
  return words
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map((word) => ({ word, stem: /^\d/.test(word) ? word.replace(/,/g, "") : stemmer(word) }));
}

const contentStems = (text: string) => contentWords(text).map((w) => w.stem);

export function checkLabelSupport(
  entries: Entry[],
  sections: Section[],
  annotations: AnnotationsFile,
): Violation[] {
  const sectionWords = new Map(
    sections.map((s) => [
      sectionKey(s.report, s.title),
      new Set(contentStems([s.title, ...s.aliases].join(" "))),
    ]),
  );
  const sentenceWords = new Map<string, Set<string>>();
  const out: Violation[] = [];
  for (const e of entries) {
    const inSentence = getOrInsertComputed(sentenceWords, e.sentence, (s) => new Set(contentStems(s)));
    const curated = annotations.entries[e.id];
    const inCurated = new Set(
      curated ? contentStems([curated.label ?? "", ...curated.aliases].join(" ")) : [],
    );
    const inSection = sectionWords.get(sectionKey(e.report, e.section)) ?? new Set<string>();
    const unsupported = [
      ...new Set(
        contentWords(labelHead(e.label))
          .filter(
            ({ stem }) =>
              !inSentence.has(stem) &&
              !inSection.has(stem) &&
              !inCurated.has(stem) &&
              !KIND_STEMS.has(stem) &&
              stem !== String(e.year),
          )
          .map((w) => w.word),
      ),
    ];
    if (unsupported.length > 0) {
      out.push({
        check: "provenance",
        message:
          `${e.id}: label "${e.label.slice(0, 120)}" says what its sentence does not: ${unsupported.map((w) => `"${w}"`).join(", ")} ` +
          "(every word of a label must appear in its sentence, its section's title or aliases, or the curated annotation of that figure)",
      });
    }
  }
  return out;
}

/** The label without its parenthesised remarks (nested ones included). */
export function labelHead(label: string): string {
  let depth = 0;
  let head = "";
  for (const c of label) {
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (depth === 0) head += c;
  }
  return head;
}
