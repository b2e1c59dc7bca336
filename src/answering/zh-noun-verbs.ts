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
