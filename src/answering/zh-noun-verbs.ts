// Verbs that stand as nouns. jieba tags a word by the reading its dictionary gives most often, and
// many Chinese words are a verb and a noun at once (补助 "to subsidize; subsidy", 投入 "to put in;
// input"). Where such a word stands decides which: inside a noun phrase, between a noun and the
// noun it qualifies (住房补助标准, the housing subsidy standard) or as the head after a noun that
// qualifies it at the end of the clause (多少生活补助, how much living subsidy), it names a thing;
// after a subject and before 了, 的 or a question word (财政投入了多少) it is the action. Read as the
// action, 补助 gave "subsidize", a word the reports do not write for the subsidy they state.

/** One jieba word with its part-of-speech tag. */
export type Tagged = { word: string; tag: string };

// jieba's plain verb tag (v); verbal nouns (vn) are read as nouns already.
const VERB = /^v$/;
// What qualifies a noun before it: nouns of any kind and verbal nouns; a Han run jieba does not
// know (x) or an abbreviation (j) may be a verb phrase (整村 x 推进 v), so neither counts.
const NOUN = /^(?:n[a-z]*|vn)$/;
// A copula after the phrase (补助标准是多少) ends it as the end of the clause does.
const COPULA = /^(?:是|为)$/;
const isHan = (w: string) => /^\p{Script=Han}+$/u.test(w);

// Words that make a clause, not a noun phrase: particles (了, 的, 着), prepositions, conjunctions,
// adverbs, pronouns and localizers. The phrase ends before one; one that is not at the clause's
// end leaves no counted phrase (多少个村通了路 has a verb of its own after the noun).
const CLAUSE_WORD = /^(?:u[a-z]?|p|c|d|r[a-z]*|f|y)$/;
// 多少 / 几 (jieba: m, alone or with the measure word inside it, 几个) and a measure word (q).
const ASKS_COUNT = /^(?:多少|几)/;
const MEASURE = /^q$/;

/**
 * A question word and its measure word (多少个, 几座) count the thing named after them, up to the end
 * of the clause: Chinese puts the counted noun phrase right there, whole ("多少个集中安置点", how
 * many centralized resettlement sites). Every verb jieba tags inside it (集中 "to concentrate",
 * 安置 "to find a place for") qualifies the noun it ends in, and is read as such (集中:
 * "centralized", the sense the reports write); read as actions, their verb senses were words no
 * report writes for those sites, and the clause lost what it counts. They are read in their senses
 * that are no verb only (zh-gloss.ts MODIFIER_TAG): a verb sense read there ("to arrange for") is
 * an action again, whose words match other figures.
 */
export function countedPhraseVerbs(words: readonly Tagged[]): Set<number> {
  const out = new Set<number>();
  let at = words.findIndex((w) => ASKS_COUNT.test(w.word));
  if (at < 0) return out;
  const inside = words[at]!.word.replace(ASKS_COUNT, "") !== "";
  if (!inside && !MEASURE.test(words[at + 1]?.tag ?? "")) return out;
  at += inside ? 1 : 2;
  const from = at;
  while (at < words.length && isHan(words[at]!.word) && !CLAUSE_WORD.test(words[at]!.tag)) at++;
  // Only a phrase that runs to the end of the clause, and ends in something other than a verb: a
  // verb last is the clause's own verb (多少个村通了路).
  const end = words[at];
  if (at - from < 2 || (end && !/^[，。？！?,.!\s]+$/.test(end.word)) || VERB.test(words[at - 1]!.tag))
    return out;
  for (let i = from; i < at - 1; i++) if (VERB.test(words[i]!.tag)) out.add(i);
  return out;
}

/**
 * The indices of the words jieba tags as verbs that stand inside a noun phrase: after a noun and
 * before a noun, a copula or the end of the clause (punctuation or the end of the text).
 */
export function verbsAsNouns(words: readonly Tagged[]): Set<number> {
  const out = new Set<number>();
  words.forEach((w, i) => {
    if (!VERB.test(w.tag) || !isHan(w.word) || i === 0) return;
    const before = words[i - 1]!;
    if (!NOUN.test(before.tag) || !isHan(before.word)) return;
    const after = words[i + 1];
    const ends = !after || !isHan(after.word) || COPULA.test(after.word);
    if (ends || (NOUN.test(after.tag) && isHan(after.word))) out.add(i);
  });
  return out;
}

// The nouns of a counted phrase: nouns of any kind, abbreviations (j) and Han runs jieba's
// dictionary lacks (x); the last of them is the thing counted.
const COUNTED_NOUN = /^(?:n[a-z]*|j|x|[a-z]g)$/;
const BOUND_MORPHEME = /^[a-z]g$/;

/**
 * The index of the thing a question word with a measure word counts (多少个村 → 村, 多少所农村学校 →
 * 学校): the last of the nouns right after the measure word, or -1 when the question word has no
 * measure word or no noun follows it. `isMeasure` says whether a word jieba tags otherwise is a
 * measure word (所, classifier for institutions, comes tagged as a conjunction).
 */
export function countedHead(words: readonly Tagged[], isMeasure: (word: string) => boolean): number {
  let at = words.findIndex((w) => ASKS_COUNT.test(w.word));
  if (at < 0) return -1;
  const inside = words[at]!.word.replace(ASKS_COUNT, "") !== "";
  const next = words[at + 1];
  const measured = !!next && (MEASURE.test(next.tag) || isMeasure(next.word));
  if (!inside && !measured) return -1;
  at += inside ? 1 : 2;
  // The head is a word of its own: a bound morpheme (zg, ng …) is a piece of its neighbour (村 of
  // 项目村), and jieba gives that tag to a modal particle at the end too (啊), no thing counted.
  let last = -1;
  for (; at < words.length && isHan(words[at]!.word) && COUNTED_NOUN.test(words[at]!.tag); at++)
    if (!BOUND_MORPHEME.test(words[at]!.tag)) last = at;
  return last;
}
