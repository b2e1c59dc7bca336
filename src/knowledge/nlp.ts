// Part-of-speech tags (wink-nlp with its bundled English model; nothing is downloaded), for report
// sentences here and for questions in src/answering/background.ts: one loaded model for both. It
// takes about 0.6 s to load, so it loads on first use: a report whose every figure carries a curated
// label, asked in everyday words, never loads it.
import { pluralPossessives } from "./plural-possessive.js";
import { closesFrontedWhole, opensParts } from "./of-which.js";
import { SAME_FORM_PAST } from "../text/participles.js";
import { THIN_SPACE } from "./spaced-thousands.js";
import { PINYIN_SCALES } from "./numbers.js";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** One word of a sentence: its text, universal POS tag, lemma, and offsets in the sentence. */
export type Token = { text: string; pos: string; lemma: string; start: number; end: number };

type WinkTokens = { out(its?: unknown): string[] };
export type Wink = {
  readDoc(text: string): { tokens(): WinkTokens };
  its: { pos: unknown; lemma: unknown; type: unknown };
};
let wink: Wink | undefined;

/** The one wink-nlp instance, loaded on first use. */
export function winkModel(): Wink {
  wink ??= (require("wink-nlp") as (model: unknown) => Wink)(require("wink-eng-lite-web-model"));
  return wink;
}

const THIN_SPACE_IN_NUMBER = new RegExp(`(?<=\\d)${THIN_SPACE}(?=\\d)`, "g");

/** The sentence's tokens with offsets; a token wink reshaped (not found verbatim) takes the gap. */
export function tagSentence(sentence: string): Token[] {
  const nlp = winkModel();
  // "1 375 wells" on a page that groups thousands by thin spaces (spaced-thousands.ts): the
  // tagger splits at the space and counts "375 wells"; it reads the number as one token
  // when the thin space is a comma, which keeps every offset, and each token keeps the page's text.
  const read = sentence.includes(THIN_SPACE) ? sentence.replace(THIN_SPACE_IN_NUMBER, ",") : sentence;
  const tokens = nlp.readDoc(read).tokens();
  const texts = tokens.out();
  const pos = tokens.out(nlp.its.pos);
  const lemma = tokens.out(nlp.its.lemma);
  const out: Token[] = [];
  let at = 0;
  for (const [i, word] of texts.entries()) {
    const found = read.indexOf(word, at);
    // A token never lies far ahead of the previous one: a miss must not jump across the sentence.
    const start = found >= 0 && found - at <= 3 ? found : at;
    const end = found === start ? start + word.length : Math.min(sentence.length, start + word.length);
    const text = read === sentence || found !== start ? word : sentence.slice(start, end);
    out.push({ text, pos: pos[i] ?? "X", lemma: (lemma[i] ?? word).toLowerCase(), start, end });
    at = end;
  }
  return levelsReached(
    presentBeforeInfinitives(
      namesWithVerbs(
        nounsAfterOf(
          adverbialIdioms(
            verbsBeforeBy(
              verbsAfterParts(
                sameFormPastBeforeCounts(verbsBeforeNumbers(pluralPossessives(pinyinScales(out)))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * "4.60 yi yuan", "3,200 wan yuan": a transliterated Chinese unit (numbers.ts reads it into the
 * figure) is part of the number, as "million" is, not a noun the label could start with.
 */
function pinyinScales(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    const scale = PINYIN_SCALES[t.text.toLowerCase()];
    if (!scale || tokens[i - 1]?.pos !== "NUM") continue;
    if (scale.before.includes(tokens[i + 1]?.text.toLowerCase() ?? "")) tokens[i] = { ...t, pos: "NUM" };
  }
  return tokens;
}

/**
 * "the province plans to complete …", "the county aims to train …": a verb of intending in -s that
 * the tagger read as a plural noun, right after a singular noun and before "to" and a verb, is that
 * noun's verb in the present. Only verbs of intending: "alleviation funds to support N households"
 * is a noun with an infinitive of purpose.
 */
const INTENDING = new Set(["plans", "aims", "intends", "expects", "strives", "seeks"]);

function presentBeforeInfinitives(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    if (
      t.pos === "NOUN" &&
      INTENDING.has(t.text.toLowerCase()) &&
      tokens[i - 1]?.pos === "NOUN" &&
      !/s$/i.test(tokens[i - 1]!.text) &&
      tokens[i + 1]?.lemma === "to" &&
      tokens[i + 1]?.pos === "PART" &&
      tokens[i + 2]?.pos === "VERB"
    )
      tokens[i] = { ...t, pos: "VERB" };
  }
  return tokens;
}

/** Verbs that, right before a figure, say only that the subject attained it. */
const ATTAINED = new Set(["realize", "realise", "achieve"]);

/**
 * "the per capita net income realized 5,876 yuan" (a word-for-word rendering of 实现): a verb of
 * attaining right before a number links its subject to that level, as "reached" does, so it reads
 * as "reach". Before a noun ("realized a net increase of N", "realized tourism income of N") it keeps
 * its own sense: the noun, not the subject, is what the figure measures.
 */
function levelsReached(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    if (t.pos === "VERB" && ATTAINED.has(t.lemma) && tokens[i + 1]?.pos === "NUM")
      tokens[i] = { ...t, lemma: "reach" };
  }
  return tokens;
}

/**
 * "… and Taiqian County involved 40 villages", "resettled 800 households": a word ending in -ed that
 * the tagger read as an adjective right before a number is the clause's verb (an adjective stands
 * after the number, before its noun). So is one right before an article ("and actually fulfilled
 * the task of N villages"): an adjective never opens a noun phrase ahead of its own article. Its
 * lemma is the tagger's for the word as a verb, or the word without "-ed" when the model does not
 * know the verb.
 */
function verbsBeforeNumbers(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== "ADJ" || !/[a-z]ed$/i.test(t.text)) continue;
    const next = tokens[i + 1];
    if (next?.pos !== "NUM" && !(next?.pos === "DET" && ARTICLES.has(next.lemma))) continue;
    const nlp = winkModel();
    const probe = nlp.readDoc(`They ${t.text.toLowerCase()} it.`).tokens();
    const [pos, lemma] = [probe.out(nlp.its.pos)[1], probe.out(nlp.its.lemma)[1]];
    // A verb the model does not know ("resettled") keeps its stem: adding "-ed" gives the word back.
    const stem = pos === "VERB" && lemma ? lemma.toLowerCase() : t.text.toLowerCase().slice(0, -2);
    tokens[i] = { ...t, pos: "VERB", lemma: stem };
  }
  return tokens;
}

/** The articles that open a noun phrase: an adjective stands after them, never before. */
const ARTICLES = new Set(["the", "a", "an"]);

/**
 * "and Hubei TV broadcast 18 programmes": a verb whose past tense is its base form ("broadcast",
 * "put", "set"), right after a name or noun and right before a number, is the clause's verb, not a
 * noun the tagger took it for ("TV broadcast"): a noun phrase never runs on into a count that way.
 */
function sameFormPastBeforeCounts(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== "NOUN" || tokens[i + 1]?.pos !== "NUM" || !SAME_FORM_PAST.has(t.text)) continue;
    if (!["PROPN", "NOUN"].includes(tokens[i - 1]?.pos ?? "")) continue;
    tokens[i] = { ...t, pos: "VERB", lemma: t.text };
  }
  return tokens;
}

/**
 * "…, of whom 109,300 found jobs", "Of the trainees, 142,000 found jobs": after the number of a part
 * ("of which N", "of whom N", a whole fronted before the part) the tagger may read the clause's
 * past-tense verb as a noun the number counts. Said of a pronoun ("They found jobs.") the model reads
 * it as the verb it is, and so does the label then.
 */
function verbsAfterParts(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== "NOUN" || tokens[i - 1]?.pos !== "NUM") continue;
    if (!opensParts(tokens, i - 2) && !closesFrontedWhole(tokens, i - 2)) continue;
    const nlp = winkModel();
    const probe = nlp.readDoc(`They ${t.text.toLowerCase()} ${tokens[i + 1]?.text ?? "it"}.`).tokens();
    const [pos, lemma] = [probe.out(nlp.its.pos)[1], probe.out(nlp.its.lemma)[1]];
    if (pos === "VERB") tokens[i] = { ...t, pos: "VERB", lemma: (lemma ?? t.text).toLowerCase() };
  }
  return tokens;
}

/**
 * "the number of rural poor fell by 1.47 million": a word the tagger read as a noun between a noun
 * phrase and "by" and a number is the clause's verb when the model reads it as a past tense said of
 * a pronoun ("They fell by 5.").
 */
function verbsBeforeBy(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== "NOUN" || tokens[i + 1]?.lemma !== "by" || tokens[i + 2]?.pos !== "NUM") continue;
    if (!["ADJ", "NOUN"].includes(tokens[i - 1]?.pos ?? "")) continue;
    // Read as a singular noun ("fell"): a plural ("funds by N") is the noun it was read as.
    if (t.lemma !== t.text.toLowerCase()) continue;
    const lemma = pastTenseLemma(t.text.toLowerCase());
    if (lemma) tokens[i] = { ...t, pos: "VERB", lemma };
  }
  return tokens;
}

// A report repeats its words: each is probed once per process (the lemma, or null: no past tense).
const PAST_TENSE_KEPT = 4096;
const pastTense = new Map<string, string | null>();
/** The lemma of `word` read as a past tense said of a pronoun ("They fell by 5." → "fall"), if it is one. */
function pastTenseLemma(word: string): string | undefined {
  let lemma = pastTense.get(word);
  if (lemma === undefined) {
    const nlp = winkModel();
    const probe = nlp.readDoc(`They ${word} by 5.`).tokens();
    const [pos, read] = [probe.out(nlp.its.pos)[1], probe.out(nlp.its.lemma)[1]?.toLowerCase()];
    lemma = pos === "VERB" && read && read !== word ? read : null;
    if (pastTense.size >= PAST_TENSE_KEPT) pastTense.clear();
    pastTense.set(word, lemma);
  }
  return lemma ?? undefined;
}

/**
 * "the central allocation in turn comprised N": a preposition never takes a bare verb, so a base
 * form the tagger read as a verb between a preposition and the clause's verb is the noun of an
 * adverbial phrase ("in turn"); the two words modify the verb, and are tagged as adverbs.
 */
function adverbialIdioms(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    const prep = tokens[i - 1];
    if (t.pos !== "VERB" || t.text !== t.lemma || prep?.pos !== "ADP" || tokens[i + 1]?.pos !== "VERB")
      continue;
    if (!["NOUN", "PROPN"].includes(tokens[i - 2]?.pos ?? "")) continue;
    tokens[i - 1] = { ...prep, pos: "ADV" };
    tokens[i] = { ...t, pos: "ADV" };
  }
  return tokens;
}

/**
 * "the coverage of tap water", "the supply for drip irrigation": a preposition never takes a bare
 * verb, so a base form the tagger read as a verb between "of" (or "for", "with") and a noun is that
 * noun's modifier, and the subject it stands in reads on past it.
 */
function nounsAfterOf(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== "VERB" || t.text !== t.lemma || tokens[i + 1]?.pos !== "NOUN") continue;
    if (!["of", "for", "with"].includes(tokens[i - 1]?.lemma ?? "") || tokens[i - 1]?.pos !== "ADP") continue;
    tokens[i] = { ...t, pos: "NOUN" };
  }
  return tokens;
}

/**
 * "the Guangdong Red Cross Society": a capitalised word inside a sentence between two names is part
 * of the name, whatever the tagger read it as ("Cross" as a verb).
 */
function namesWithVerbs(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    if (i === 0 || t.pos !== "VERB" || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    if (tokens[i - 1]?.pos === "PROPN" && tokens[i + 1]?.pos === "PROPN") tokens[i] = { ...t, pos: "PROPN" };
  }
  return tokens;
}
