// A misspelt word hides more than its own topic: the question reader finds a question's form, its
// counted unit and where it starts from the words as written (a misspelt "increased by what
// percent", "how many villages", or a misspelt topic before the question word, which reads as a
// greeting and is dropped). So the question is respelt before it is read: each misspelt word is
// written as the report writes the word meant, and every later step sees the question the asker
// meant to type.
import { isEnglishWord, zipfOf } from "./background.js";
import { clippedFrom } from "./clippings.js";
import { regionsIn } from "./regions.js";
import { plainQuestion } from "./register.js";
import type { SearchIndex } from "./search-index.js";
import { LONGEST_WORD, SLIP, likeliest, oneSlipAway } from "../text/typos.js";
import { isInflectedEnglish } from "./english-forms.js";
import { STOPWORDS, editDistance, stem } from "../text/words.js";
import { getOrInsertComputed } from "../util/maps.js";

// The corrector's own floor for a word worth correcting (shorter words are too often another word).
const MIN_LENGTH = 4;

// A shorter word is respelt only when it is a report word with one letter dropped ("dept"-style
// writing without a vowel), and only one report word is.
const SHORT_LENGTH = 3;

// An everyday English word at least this common (Zipf: 3 is once in a million words) is what a
// slip most likely hid; the word list's rarer entries are as likely slips themselves.
const EVERYDAY_ZIPF = 3;
const isEverydayWord = (w: string) => STOPWORDS.has(w) || (zipfOf(w) ?? 0) >= EVERYDAY_ZIPF;
// A filler word counts as among the commonest of English.
const zipfOrFiller = (w: string) => (STOPWORDS.has(w) ? 7 : (zipfOf(w) ?? 0));

// A letter written three or more times is emphasis or a slip ("villlage", "sooo"): the register
// reads it as one letter, which would leave a doubled letter of the word ("village") misspelt.
const ELONGATED = /([a-z])\1{2,}/g;
const hasElongation = (w: string) => /([a-z])\1{2,}/.test(w);

type Respeller = Pick<SearchIndex, "vocabulary" | "hasTerm" | "resolve"> &
  Partial<Pick<SearchIndex, "cooccur">>;

// A report word fits a question when it describes an entry together with at least this many of the
// question's other report words, and with at least half of them.
const MIN_CONTEXT_FIT = 2;

// Each indexed stem's surface forms, so a corrected stem can be written out as a word again.
const surfacesOf = new WeakMap<Map<string, string>, Map<string, string[]>>();
export function surfaceForms(vocabulary: Map<string, string>): Map<string, string[]> {
  return getOrInsertComputed(surfacesOf, vocabulary, () => {
    const byStem = new Map<string, string[]>();
    for (const [surface, stemmed] of vocabulary)
      getOrInsertComputed(byStem, stemmed, () => [] as string[]).push(surface);
    // An array grown by push keeps room for 17 words; most stems have one or two. Exact copies
    // take ~4 MB less at 100,000 entries (34,000 stems).
    for (const [stemmed, forms] of byStem) byStem.set(stemmed, forms.slice());
    return byStem;
  });
}

/**
 * The word a misspelt question word stands for, as the report writes it, or undefined when the word
 * is not to be respelt. Only a word nobody would write on purpose is respelt: not a word the report
 * has, not a stopword, not a word of everyday English ("weather" stays "weather", off-topic, and
 * is never made "water"), not a chat abbreviation ("govt", which the register spells out), not a
 * province's name (a province the reports lack is a scope question, not a typo).
 */
export function respelling(
  word: string,
  index: Respeller,
  context: readonly string[] = [],
): string | undefined {
  const w = word.toLowerCase();
  if (
    w.length < SHORT_LENGTH ||
    w.length > LONGEST_WORD ||
    !/^[a-z]+$/.test(w) ||
    STOPWORDS.has(w) ||
    index.vocabulary.has(w)
  )
    return undefined;
  if (hasElongation(w)) return unElongated(w, index);
  if (isEnglishWord(w) || plainQuestion(w, () => true) !== w || regionsIn(w).length > 0) return undefined;
  if (index.hasTerm(stem(w))) return formOfStem(w, index.vocabulary);
  if (isInflectedEnglish(w)) return undefined;
  if (w.length < MIN_LENGTH) return droppedLetter(w, index.vocabulary);
  // A word cut short ("orgs" for organs) is the report's word, not an everyday word a slip away ("orgy").
  const clipped = clippedFrom(w, index);
  if (clipped.length > 0) return slipOfClipped(w, clipped, index.vocabulary);
  const everyday = everydayWordMeant(w, index.vocabulary);
  if (everyday !== undefined) return reportWordInContext(w, index, context) ?? everyday;
  const found = index.resolve(w, stem(w));
  if (found?.kind === "filler") return fillerMeant(w) ?? runTogether(w, index.vocabulary);
  if (found?.kind !== "term") return runTogether(w, index.vocabulary);
  // Of the forms of the stem meant, the one nearest the letters typed ("vilages" → "villages").
  // A form with a hyphen is left to the search, which reads it as its parts too: respelt as words,
  // "microcredit" → "micro-credit" would count the same word three times.
  const forms = (surfaceForms(index.vocabulary).get(found.term) ?? []).filter((f) => /^[a-z]+$/.test(f));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const form of forms) {
    const d = editDistance(w, form);
    if (d < bestDistance || (d === bestDistance && form.length < best!.length)) {
      best = form;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A non-word read as a clipping that is also one slip from a form of the word it clips ("farmes":
 * "farm…" begins "farmers", which lacks one letter of it): both readings mean that word, and written
 * out whole the question reader sees it too ("how many farmers" counts farmers). Undefined when no
 * form of a clipped word is one slip away: the search reads the clipping as it is.
 */
function slipOfClipped(w: string, clipped: string[], vocabulary: Map<string, string>): string | undefined {
  const stems = new Set(clipped);
  const slips = oneSlipAway(w, (x) => /^[a-z]+$/.test(x) && stems.has(vocabulary.get(x) ?? ""));
  return likeliest(slips)[0]?.word;
}

// Each part of a run-together word is a word of its own, not a letter or two.
const MIN_PART_LENGTH = 3;

/**
 * Two report words written without the space between them ("worldbank", "microloans"), as the two
 * words, when the corrector finds no report word the non-word is a misspelling of; undefined when
 * no split gives two report words. Written as one, the word was a term nobody knows, the rarest of
 * topics; as two, each is searched as the report writes it.
 */
function runTogether(w: string, vocabulary: Map<string, string>): string | undefined {
  const isPart = (p: string) => p.length >= MIN_PART_LENGTH && vocabulary.has(p) && !STOPWORDS.has(p);
  for (let at = MIN_PART_LENGTH; at <= w.length - MIN_PART_LENGTH; at++)
    if (isPart(w.slice(0, at)) && isPart(w.slice(at))) return `${w.slice(0, at)} ${w.slice(at)}`;
  return undefined;
}

/**
 * A word with a letter run of three or more, as the word meant: the run cut to two letters if that
 * is a word the report or everyday English has ("villlage"), else to one ("sooo"), else the respelling
 * of either. Undefined when none is.
 */
function unElongated(w: string, index: Respeller): string | undefined {
  const tries = [w.replace(ELONGATED, "$1$1"), w.replace(ELONGATED, "$1")];
  return (
    tries.find((t) => index.vocabulary.has(t)) ??
    tries.find((t) => isEverydayWord(t)) ??
    tries.map((t) => respelling(t, index)).find((t) => t !== undefined)
  );
}

/**
 * A non-word whose stem happens to be a report word's ("bridgs", "totall", "provincal" → stem
 * "provinc"), written as the report word one slip away: a form of the same stem ("bridges"), so the
 * question reader sees the counted unit or cue word meant; or, when no form of its stem is one slip
 * away, the word one dropped or swapped letter away ("provincial", not "province").
 */
function formOfStem(w: string, vocabulary: Map<string, string>): string | undefined {
  const slips = oneSlipAway(w, (x) => vocabulary.has(x) && /^[a-z]+$/.test(x) && !STOPWORDS.has(x));
  const own = stem(w);
  const sameStem = slips.find((s) => vocabulary.get(s.word) === own);
  // A word behind a likelier slip is what was typed ("traines": "trainees" with a letter left out,
  // not "trained" with a key beside), when it alone is.
  const likelier = likeliest(slips).filter((s) => sameStem === undefined || s.slip < sameStem.slip);
  if (sameStem !== undefined && likelier.length === 1) return likelier[0]!.word;
  if (sameStem !== undefined) return sameStem.word;
  return slips.find((s) => s.slip <= SLIP.swapped)?.word;
}

/**
 * The everyday English word a non-word is one slip from, when that slip is likelier than any slip
 * to a report word ("suport" → "support", "monney" → "money", "throgh" → "through", "mnay" →
 * "many", in a report that lacks the word). Respelt as the report word instead, the word would
 * claim a topic never asked about; left as it is, a word nobody knows weighs as the rarest of
 * topics, and a misspelt question word hides the question's form. Of several equally likely
 * everyday words, the commonest.
 */
function everydayWordMeant(w: string, vocabulary: Map<string, string>): string | undefined {
  const everyday = likeliest(oneSlipAway(w, isEverydayWord));
  if (everyday.length === 0) return undefined;
  const report = oneSlipAway(w, (x) => vocabulary.has(x));
  if (report[0] !== undefined && report[0].slip <= everyday[0]!.slip) return undefined;
  const commonest = everyday
    .map((e) => ({ word: e.word, zipf: zipfOrFiller(e.word) }))
    .sort((a, b) => b.zipf - a.zipf)[0]!;
  // A report word behind a slip of the next likeliest kind that English uses more than the
  // everyday word is the likelier meaning: "licing" is "living" with a key beside, though "licking"
  // with a letter left out.
  const nextKind = everyday[0]!.slip + 1;
  if (report.some((r) => r.slip <= nextKind && zipfOrFiller(r.word) > commonest.zipf)) return undefined;
  return commonest.word;
}

/**
 * The report word a non-word is one slip from, when that word fits the question it was typed in:
 * it describes an entry together with most of the question's other report words (`context`, their
 * stems), at least MIN_CONTEXT_FIT of them. A slip to an everyday word may be the likelier kind
 * ("canels" is "camels" with a key beside, "canals" with a wrong vowel), but in a question about
 * a report's entries, the words around the slip say which word was meant ("how many km of canels
 * were built in the villages" asks for the canals the villages built). A stray letter or a slip in
 * the first letter is too unlikely a slip to outweigh an everyday word, however the word fits.
 * Undefined without context, without a co-occurrence test, or when no single report word fits.
 */
function reportWordInContext(w: string, index: Respeller, context: readonly string[]): string | undefined {
  const cooccur = index.cooccur;
  const others = context.filter((t) => t !== stem(w));
  if (cooccur === undefined || others.length < MIN_CONTEXT_FIT) return undefined;
  const fits = (t: string) => {
    const fit = others.filter((x) => x === t || cooccur(t, x)).length;
    return fit >= MIN_CONTEXT_FIT && fit * 2 >= others.length;
  };
  const report = oneSlipAway(
    w,
    (x) => /^[a-z]+$/.test(x) && !STOPWORDS.has(x) && index.vocabulary.has(x),
  ).filter((r) => r.slip < SLIP.stray && fits(index.vocabulary.get(r.word)!));
  const fitting = likeliest(report);
  return fitting.length === 1 ? fitting[0]!.word : undefined;
}

/**
 * The filler word a non-word the corrector reads as filler was typed for ("whcih", "amout",
 * "arround"), when one slip from it gives that word alone: the question reader finds a question's
 * form in such words ("which …", "what amount …"), and left misspelt they hid it, though the search
 * already weighed them as filler.
 */
function fillerMeant(w: string): string | undefined {
  const tied = likeliest(oneSlipAway(w, (x) => STOPWORDS.has(x)));
  return tied.length === 1 ? tied[0]!.word : undefined;
}

/**
 * The one report word a short non-word is with a letter put back, or undefined when none or several
 * are: three letters are too few for the corrector's fuzzy match, and a guess between two words is
 * no respelling.
 */
function droppedLetter(w: string, vocabulary: Map<string, string>): string | undefined {
  const found = new Set<string>();
  for (let i = 0; i <= w.length; i++)
    for (let c = 97; c <= 122; c++) {
      const longer = w.slice(0, i) + String.fromCharCode(c) + w.slice(i);
      if (vocabulary.has(longer) && !STOPWORDS.has(longer)) found.add(longer);
    }
  return found.size === 1 ? [...found][0] : undefined;
}

// "hadn't", "didn't": the letters before "'t" are half of a negation, never a misspelt word ("hand").
const CONTRACTED = /^['’]t\b/;
/** Whether the word ending at `end` of `text` is the first half of a negation ("hadn" of "hadn't"). */
export const halfOfNegation = (text: string, end: number) => CONTRACTED.test(text.slice(end));

/**
 * The question with each misspelt word respelt (see respelling); every other character kept. The
 * question's words the report has as written are the context a respelling must fit.
 */
export function respellQuestion(text: string, index: Respeller): string {
  const context = [
    ...new Set(
      (text.toLowerCase().match(/[a-z]+/g) ?? [])
        .filter((t) => !STOPWORDS.has(t) && index.vocabulary.has(t))
        .map((t) => index.vocabulary.get(t)!),
    ),
  ];
  return text.replace(/[A-Za-z]+/g, (token, at: number) => {
    if (halfOfNegation(text, at + token.length)) return token;
    const meant = respelling(token, index, context);
    if (meant === undefined) return token;
    return /^[A-Z]/.test(token) ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
  });
}
