// "How many pupils passed the exam at the 12 night schools?" of a section that writes "opened 12
// night schools" in one sentence and "3,000 pupils passed the exam" of the vocational colleges in
// the next; "how many wells were handed over by the end of June?" when "handed over" is written of
// the schools, two sentences before the wells dug: the question ties its thing to words (a figure it
// states, a verb with its object) that another sentence of the same section writes together and the
// figure's own sentence, label and clause never do. That sentence's thing or stage is the one asked
// about; the figure, which shares the rest of the question, is of something else. other-sentence.ts
// looks for such words in other sections; here the section's own other sentences are looked at,
// leaving out its title's words and words several of them write (the section's subject, which its
// sentences need not repeat: a programme named in two of them and not in a third).
import type { KnowledgeBase } from "../knowledge/load.js";
import type { RankedEntry, Scoring } from "./rank.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";
import { stem } from "../text/words.js";
import { EVERYDAY_WEIGHT, salience } from "./register.js";
import { baseForms } from "./word-relations.js";
import { PHRASE_SPAN, askedWords, contentTokens } from "./other-sentence.js";

type Report = KnowledgeBase["reports"][number];

// What ties the question's thing to another sentence's: a figure it states, or a verb it acts by
// ("audited", "handed over"), not a gerund used as a modifier ("visiting experts") nor a verb of
// everyday talk ("got", "made"), which rewords any action the report names, nor a participle after
// an article, which describes its noun ("the trained pupils").
const NUMBER = /^\d/;
const GERUND = /ing$/;
const isTieVerb = (english: string, word: string, pos: string | undefined) =>
  pos === "VERB" &&
  !GERUND.test(word) &&
  salience(word, "VERB") > EVERYDAY_WEIGHT &&
  !new RegExp(String.raw`\b(?:the|a|an|these|those|its|their|his|her|our)\s+${word}\b`).test(english);

/** The sentences of a section (by title) other than `sentence`. */
function otherSentencesOf(r: Report, title: string, sentence: string): string[] {
  return r.sections
    .filter((s) => s.title === title)
    .flatMap((s) => s.sentences.filter((x) => x !== sentence));
}

/**
 * Whether two words of the question near each other, which `top` matches nowhere and its section's
 * title does not write, are written near each other by another sentence of the figure's section.
 */
export function namesAnotherSentenceOfSection(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  top: RankedEntry,
): boolean {
  // A Chinese question's gloss has words of every sense, in no order of the question's: English only.
  if (q.language !== "en") return false;
  const r = index.reportsById.get(top.entry.report);
  if (!r) return false;
  const title = new Set(contentTokens(top.entry.section).map((t) => t.stem));
  const words = contentTokens(q.english);
  // A word is looked up by its base forms: "withdrawn" is searched as "withdraw".
  const asked = askedWords(
    words,
    scoring,
    top,
    (s) => title.has(s),
    (w) => baseForms(w.word).map(stem),
  );
  if (asked.filter((w) => w.missing).length < 2) return false;
  const roles = q.roles();
  const ties = words.map((w) => NUMBER.test(w.word) || isTieVerb(q.english, w.word, roles.get(w.word)));
  const others = otherSentencesOf(r, top.entry.section, top.entry.sentence).map(contentTokens);
  // How many of the section's other sentences write each stem: a word of several is its subject.
  const sentencesWith = new Map<string, number>();
  for (const tokens of others)
    for (const s of new Set(tokens.map((t) => t.stem))) sentencesWith.set(s, (sentencesWith.get(s) ?? 0) + 1);
  const once = (s: string) => sentencesWith.get(s) === 1;
  return others.some((tokens) => {
    const at = (w: { stems: Set<string> }) => tokens.flatMap((t, j) => (w.stems.has(t.stem) ? [j] : []));
    const found = asked.map((w) => (w.missing ? at(w) : []));
    for (let a = 0; a < asked.length; a++)
      for (let b = a + 1; b < asked.length && b - a <= PHRASE_SPAN; b++) {
        if (!ties[a] && !ties[b]) continue;
        for (const i of found[a]!)
          for (const j of found[b]!)
            if (i !== j && Math.abs(i - j) <= PHRASE_SPAN && (once(tokens[i]!.stem) || once(tokens[j]!.stem)))
              return true;
      }
    return false;
  });
}
