// The programmes a report names with a cue word in the name ("the Rain Plan", "the nutrition
// improvement plan"): a question that uses the name asks about the programme, not for a plan or a
// target. Capitalised names are names whatever their words; a lower-case one is a name when two or
// more nouns stand before the cue word (a compound noun: "nutrition improvement plan"), not an
// adjective ("the annual plan", "the original target") or one noun ("the work plan"), which are
// how reports write a plan itself.
import { tagSentence } from "../knowledge/nlp.js";

const CUE = "(?:Plans?|Targets?|Programmes?|Programs?|Schemes?|Funds?)";
// Capitalised words ending in a cue word ("Rain Plan", "Sunshine Project Fund").
const CAPITALISED_NAME = new RegExp(String.raw`\b(?:\p{Lu}[\p{L}-]*\s+){1,4}${CUE}\b`, "gu");
const LEADING_ARTICLE = /^(?:The|A|An|This|That)\s+/;
// "the <word> <word> [<word>] plan": a candidate lower-case name, its words checked by the tagger.
const LOWER_CASE_NAME = /\b[Tt]he\s+((?:[a-z][a-z-]*\s+){2,3})(plans?|programmes?|programs?|schemes?)\b/g;
const MIN_NOUNS = 2;

/** The programme names in a report's sentences, as written (without a leading article). */
export function programmeNames(sentences: readonly string[]): string[] {
  return sentences.flatMap((s) => [
    ...[...s.matchAll(CAPITALISED_NAME)].map((m) => m[0].replace(LEADING_ARTICLE, "")),
    ...[...s.matchAll(LOWER_CASE_NAME)].flatMap((m) =>
      isCompoundName(m[1]!.trim()) ? [`${m[1]!.trim()} ${m[2]!}`] : [],
    ),
  ]);
}

function isCompoundName(words: string): boolean {
  const tags = tagSentence(words);
  return tags.length >= MIN_NOUNS && tags.every((t) => t.pos === "NOUN");
}
