// Numbers that name or number something rather than measure it: document numbers ("Yu Zheng
// [2011] No.40"), list markers ("1.", "(2)"), article and clause numbers ("Article 5"), phone
// numbers and page numbers. A report nobody annotated has no skip patterns, and each of these would
// otherwise become a count entry that the calculator happily divides. Each rule states its reason,
// so the coverage check (validate.ts) still accounts for every number in the body: a number is a
// figure, or it is skipped for a reason a reader can check.
//
// The rules read the shape around the number, never the report's own words, so they hold for any
// report of the series. Every pattern is linear: no nested quantifiers, bounded repetitions.
import { YEAR } from "../text/years.js";
import { BRACKET_UNIT_REASON, bracketUnitSpans } from "./bracket-unit.js";
import { declaredUnit, UNIT_DECLARATION_REASON } from "./declared-unit.js";

export type JunkSpan = { start: number; end: number; reason: string };

export const DOCUMENT_NUMBER_REASON = "a document number, not a quantity";
export const LIST_MARKER_REASON = "a list marker, not a quantity";
export const ARTICLE_REASON = "an article, clause or chapter number, not a quantity";
export const PHONE_REASON = "a telephone number, not a quantity";
export const PAGE_REASON = "a page number, not a quantity";
export const COMPOUND_REASON = "part of a compound modifier (two-year, five-guarantee), not a quantity";
export const NAME_REASON = "part of a name (China Three Gorges Corporation), not a quantity";
export const RATIO_REASON = "the terms of a ratio (one in every three), not a count";
export const AGE_REASON = "an age that bounds a group (aged 60 and above), not a quantity";
export const PERIOD_REASON = "a period referred to (in the five years), not a quantity";

type Rule = { pattern: RegExp; reason: string };

const RULES: Rule[] = [
  // "Yu Zheng [2011] No.40", "Wan Fa [2012] No. 17", "[2011] 40": an issuing body's abbreviation,
  // the year in brackets, the serial. The bracketed year alone also marks a document number.
  {
    pattern: new RegExp(
      String.raw`(?:\b[A-Z][a-z]*\s+){0,3}[[〔［]${YEAR}[\]〕］]\s*(?:No\.?\s*)?\d{1,4}(?:\s*Document)?\b`,
      "g",
    ),
    reason: DOCUMENT_NUMBER_REASON,
  },
  // In round brackets a year is too often just a year ("the plan (2011) 35 projects"): only with "No.".
  {
    pattern: new RegExp(
      String.raw`(?:\b[A-Z][a-z]*\s+){0,3}[(（]${YEAR}[)）]\s*No\.?\s*\d{1,4}(?:\s*Document)?\b`,
      "g",
    ),
    reason: DOCUMENT_NUMBER_REASON,
  },
  // "No.10 Document", "No. 21", "Document No. 5", "Number 1 Central Document": "No." before a
  // number designates an item; it never counts anything.
  {
    pattern: /\b(?:No|Nos|Number)\.?\s?\d{1,5}(?:\s*(?:and|,)\s*\d{1,5})*\b/g,
    reason: DOCUMENT_NUMBER_REASON,
  },
  { pattern: /\bDocument\s+\d{1,5}\b/g, reason: DOCUMENT_NUMBER_REASON },
  // "Article 5", "Clause 3 of Article 2", "Chapter IV", "Item 2": the number names a provision.
  // Capitalised, any of these names a provision or a part of a document; in lower case only the
  // words that cannot be counted things ("items 12" may be a count; "article 12" is not).
  {
    pattern:
      /\b(?:Articles?|Clauses?|Chapters?|Items?|Paragraphs?|Sections?|Annex|Appendix|Parts?|Tables?|Figures?|Rules?|article|clause|chapter|paragraph)\s+\d{1,3}(?:\.\d{1,3})*(?:\s*(?:and|to|-|–)\s*\d{1,3})?\b/g,
    reason: ARTICLE_REASON,
  },
  // "Tel: 0371-65901234", "(0371) 6590 1234", "hotline 12317": a dialling code or a long digit run
  // joined by hyphens, or digits after a word that introduces a number to call.
  {
    pattern:
      /\b(?:Tel|Telephone|Phone|Fax|Hotline|Contact number)\.?(?:\s?number)?\s?[:：]?\s?(?:at\s)?\+?\d[\d()\s-]{2,18}\d/gi,
    reason: PHONE_REASON,
  },
  { pattern: /(?:\+86[\s-]?)?\(?0\d{2,3}\)?[\s-]\d{3,4}[\s-]?\d{4}\b/g, reason: PHONE_REASON },
  { pattern: /\b1[3-9]\d{9}\b/g, reason: PHONE_REASON },
  // "page 3", "p. 12", "pp. 3-5", "Page 2 of 10", and a running footer "- 3 -".
  {
    pattern: /\b(?:pages?|pp?\.)\s*\d{1,4}(?:\s*(?:-|–|to|of)\s*\d{1,4})?\b/gi,
    reason: PAGE_REASON,
  },
  { pattern: /(?:^|\s)[-–—]\s?\d{1,4}\s?[-–—](?=\s|$)/g, reason: PAGE_REASON },
  // "two-year secondary vocational education", "five-guarantee households", "3-year plan": a number
  // hyphened to the word after it makes an adjective that names a kind of thing; it counts nothing
  // the sentence reports.
  {
    pattern: /(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})-(?=[A-Za-z]{2})/gi,
    reason: COMPOUND_REASON,
  },
  // "China Three Gorges Corporation": a capitalised number word between capitalised words is a word
  // of a name, not a count (a count's word is in lower case inside a sentence).
  {
    pattern: /(?<=\b\p{Lu}[\p{L}'’-]*\s)(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?=\s\p{Lu})/gu,
    reason: NAME_REASON,
  },
  // "people aged 60 and above", "children under the age of 16", "aged 16-59": the age says who is
  // counted; the count is the figure beside it ("1.2 million people aged 60 and above").
  {
    pattern:
      /\b(?:aged|age of|ages of)\s+(?:over\s+|above\s+|under\s+|below\s+)?\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?(?!\d|[.,]\d|\s*(?:%|percent|per\b))/gi,
    reason: AGE_REASON,
  },
  // "relocate N people in the five years", "over the past three years": a number word after a
  // definite word, before "years" or "months", names a period the sentence places its figure in
  // (a plan's term), not a count it reports.
  {
    pattern:
      /(?<=\b(?:the|these|those|past|next|coming)\s)(?:two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:years|months)\b)/gi,
    reason: PERIOD_REASON,
  },
  // "one in every three poor villages", "one out of five": the two numbers make a ratio; read
  // alone, "one" village and "three" villages are counts the sentence never gives.
  {
    pattern:
      /\b(?:one|1)\s+(?:in|out of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b/gi,
    reason: RATIO_REASON,
  },
];

// A list marker is a small number with "." or ")" (or in parentheses) that stands where an item
// starts: at the start of the sentence, after the end of the previous one, or at the very end of a
// sentence when the splitter cut before the item ("… funds. 1." then "The province …").
const LIST_MARKERS: RegExp[] = [
  /(?:^|[.;:。；：!?]\s+)(\d{1,2})[.)、](?=\s|$)/g,
  /(?:^|[\s.;:。；：])[(（](\d{1,2})[)）](?=\s|$)/g,
];

/** Spans of a sentence that hold numbers which are identifiers or markers, each with its reason. */
export function junkSpans(sentence: string): JunkSpan[] {
  const spans: JunkSpan[] = [];
  const unit = declaredUnit(sentence);
  if (unit) spans.push({ start: unit.start, end: unit.end, reason: UNIT_DECLARATION_REASON });
  for (const span of bracketUnitSpans(sentence)) spans.push({ ...span, reason: BRACKET_UNIT_REASON });
  for (const { pattern, reason } of RULES)
    for (const m of sentence.matchAll(pattern))
      spans.push({ start: m.index!, end: m.index! + m[0].length, reason });
  for (const pattern of LIST_MARKERS)
    for (const m of sentence.matchAll(pattern)) {
      // The span is the marker itself, not the punctuation that ended the sentence before it.
      const at = m.index! + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 2);
      spans.push({ start: at, end: m.index! + m[0].length, reason: LIST_MARKER_REASON });
    }
  return spans;
}
