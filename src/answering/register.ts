// Questions arrive in the register of a chat: mentions, emoji, emoticons, "u", "tbh", "200k",
// "howmany", greetings and filler. This module turns such a question into the plain question it
// stands for, and says how much a word that the report lacks still tells about the topic, so that
// chat costs a question nothing while an unknown content word ("GDP") still shows it is off-topic.
import { isEnglishWord, tagTokens, zipfOf, type PartOfSpeech } from "./background.js";
import { amountsInDigits } from "../text/number-words.js";

// Discord's own markup: user, role and channel mentions, custom emoji, timestamps, @everyone/@here,
// and links. None of it is part of what is asked.
const DISCORD_MARKUP =
  /<(?:@[!&]?\d+|#\d+|a?:[\w~]+:\d+|t:\d+(?::[a-zA-Z])?)>|(?<![\w@])@(?:everyone|here)\b|https?:\/\/\S+/g;
// Pictographs, their modifiers and joiners, flags (regional indicators).
// Each code point goes on its own (joiners and variation selectors too), hence an alternation.
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;
// Western emoticons are eyes, an optional nose and a mouth (":)", ";-P", "xD", "=]"); eastern ones
// are symmetric faces ("^^", "T_T", "-_-"). Only whole tokens: "3:1" or "(8)" are not faces, and
// neither is a number ("83", "83.6%"), though "8" may be eyes and "3" a mouth.
const EMOTICON =
  /(?<=^|\s)(?!\d[\d,.]*%?(?=$|\s|[.!?,]))(?:[:;=8xX][-'^o]?[)(\][dDpPoO3/\\|*$@]+|<\/?3+|\^_*\^|[tT]_+[tT]|-_+-|[oO]_[oO])(?=$|\s|[.!?,])/g;
// Markdown emphasis, spoilers and code ticks wrap words without changing them.
const MARKDOWN = /\*{1,3}|_{2}|~~|\|\||`+/g;
// A letter written three or more times in a row is emphasis ("sooo", "pleeease"): no English word has that.
const ELONGATED = /([a-z])\1{2,}/gi;
// Amounts written the chat way: "200k", "4.4 bil", "3 mil".
// Prepositions English writes in several words ("as a result of", "thanks to"): said with one, so
// "result" or "means" in them is not taken for a topic of the question.
const COMPOUND_PREPOSITIONS: [RegExp, string][] = [
  [
    /\b(?:as a (?:direct )?(?:result|consequence) of|thanks to|because of|due to|owing to|on account of)\b/gi,
    "from",
  ],
  [/\b(?:in terms of)\b/gi, "in"],
  [/\b(?:with (?:regard|respect) to|in respect of|in relation to)\b/gi, "about"],
  [/\b(?:by means of|by way of)\b/gi, "by"],
  [/\b(?:in the course of)\b/gi, "during"],
  [/\b(?:on behalf of)\b/gi, "for"],
];
const SHORT_SCALE = /(\d+(?:\.\d+)?)\s?(k|mil|mln|mn|bil|bln|bn)\b/gi;
const SCALE_WORDS: Record<string, string> = {
  k: "thousand",
  mil: "million",
  mln: "million",
  mn: "million",
  bil: "billion",
  bln: "billion",
  bn: "billion",
};

/**
 * Abbreviations of the chat register, spelt out. A general lexicon of how people write in chats
 * (and of common short forms of words the series' reports use), not words of particular questions.
 */
const CHAT_LEXICON: Record<string, string> = {
  u: "you",
  ur: "your",
  r: "are",
  ya: "you",
  yall: "you all",
  im: "i am",
  ive: "i have",
  id: "i would",
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  isnt: "is not",
  wasnt: "was not",
  werent: "were not",
  cant: "cannot",
  pls: "please",
  plz: "please",
  plis: "please",
  rn: "right now",
  asap: "as soon as possible",
  // Asides about the asking (thanks, to be honest, by the way, not going to lie): said in words they
  // would add their own ("not", "know", "lie") to what is asked, so they go like the laughs.
  thx: "",
  thnx: "",
  thanx: "",
  ty: "",
  tysm: "",
  tbh: "",
  btw: "",
  idk: "",
  imo: "",
  imho: "",
  afaik: "",
  iirc: "",
  fyi: "",
  nvm: "",
  np: "",
  ngl: "",
  smh: "",
  lol: "",
  lmao: "",
  rofl: "",
  omg: "",
  n: "and",
  gm: "good morning",
  gn: "good night",
  wat: "what",
  wut: "what",
  wht: "what",
  whats: "what is",
  hows: "how is",
  whos: "who is",
  wheres: "where is",
  whens: "when is",
  gonna: "going to",
  wanna: "want to",
  gotta: "have to",
  kinda: "kind of",
  sorta: "sort of",
  cuz: "because",
  coz: "because",
  bc: "because",
  abt: "about",
  thru: "through",
  tho: "though",
  smth: "something",
  sth: "something",
  b4: "before",
  w: "with",
  "w/": "with",
  "w/o": "without",
  ppl: "people",
  govt: "government",
  gov: "government",
  gvt: "government",
  dept: "department",
  depts: "departments",
  prov: "province",
  yr: "year",
  yrs: "years",
  approx: "approximately",
  avg: "average",
  info: "information",
  pct: "percent",
  // A scale on its own ("in mil", "how many bil"): the unit the asker wants the figure in.
  mil: "million",
  mln: "million",
  bil: "billion",
  bn: "billion",
  "#": "number",
  num: "number",
  tot: "total",
  km2: "square kilometers",
  sqm: "square meters",
  jan: "january",
  feb: "february",
  mar: "march",
  apr: "april",
  jun: "june",
  jul: "july",
  aug: "august",
  sep: "september",
  sept: "september",
  oct: "october",
  nov: "november",
  dec: "december",
};

// A question word written without its vowels ("hw many", "wht was", "frm the"), a chat habit: read
// as the word when the token is no English word and the report does not have it either.
const QUESTION_WORDS = "how what which when where many much have has had was were would could can with from";
const SKELETON_OF: ReadonlyMap<string, string> = new Map(
  QUESTION_WORDS.split(" ")
    .map((w) => [w.replace(/[aeiou]/g, ""), w] as const)
    .filter(([skeleton, w]) => skeleton.length >= 2 && skeleton !== w),
);

/**
 * The plain question a chat message stands for; the reply still quotes the message as sent.
 * `known` says which words the knowledge has: those are never split or respelt.
 */
export function plainQuestion(raw: string, known: (word: string) => boolean = () => false): string {
  const text = raw
    .replace(DISCORD_MARKUP, " ")
    .replace(EMOJI, " ")
    .replace(MARKDOWN, " ")
    .replace(EMOTICON, " ")
    .replace(ELONGATED, "$1")
    .replace(SHORT_SCALE, (_, n: string, s: string) => `${n} ${SCALE_WORDS[s.toLowerCase()]}`)
    // "$" in a chat means money, whatever the currency: "how much $", "$$".
    .replace(/\$+(?!\d)/g, " money ");
  return COMPOUND_PREPOSITIONS.reduce(
    (t, [phrase, simple]) => t.replace(phrase, simple),
    amountsInDigits(text),
  )
    .split(/(\s+)/)
    .map((token) => {
      // A possessive ending stays outside the word ("govt's": the government's, never respelt).
      const m = /^([^\p{L}\p{N}#]*)([\p{L}\p{N}#/]+?)((?:['’]s)?[^\p{L}\p{N}]*)$/u.exec(token);
      if (!m) return token;
      const word = m[2]!.toLowerCase();
      // A plural of an abbreviation is the plural of what it stands for ("govts").
      const spelt =
        CHAT_LEXICON[word] ??
        (word.endsWith("s") && CHAT_LEXICON[word.slice(0, -1)]
          ? `${CHAT_LEXICON[word.slice(0, -1)]}s`
          : undefined);
      if (spelt !== undefined) return `${m[1]}${spelt}${m[3]}`;
      const full = known(word) || zipfOf(word) !== undefined ? undefined : SKELETON_OF.get(word);
      if (full) return `${m[1]}${full}${m[3]}`;
      const parts = known(m[2]!.toLowerCase()) ? undefined : splitRunTogether(m[2]!);
      return parts ? `${m[1]}${parts}${m[3]}` : token;
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words of everyday English worth splitting a run-together token into ("howmany" → "how many"). */
const SPLIT_MIN_ZIPF = 4.5;
const SPLIT_MIN_LENGTH = 6;

// A token that is no word, but two common words written without their space. Only for tokens the
// background corpus does not know, so "nowhere" or "into" stay whole.
function splitRunTogether(token: string): string | undefined {
  const w = token.toLowerCase();
  if (w.length < SPLIT_MIN_LENGTH || !/^[a-z]+$/.test(w) || zipfOf(w) !== undefined) return undefined;
  let best: { at: number; score: number } | undefined;
  for (let at = 2; at <= w.length - 2; at++) {
    const a = zipfOf(w.slice(0, at));
    const b = zipfOf(w.slice(at));
    if (a === undefined || b === undefined || a < SPLIT_MIN_ZIPF || b < SPLIT_MIN_ZIPF) continue;
    const score = Math.min(a, b);
    if (!best || score > best.score) best = { at, score };
  }
  return best ? `${w.slice(0, best.at)} ${w.slice(best.at)}` : undefined;
}

// Parts of speech that never name a topic: greetings, pronouns, articles, prepositions, auxiliaries,
// conjunctions, particles, adverbs ("actually", "real quick"), symbols.
const FUNCTION_POS = new Set([
  "INTJ",
  "PRON",
  "DET",
  "ADP",
  "AUX",
  "CCONJ",
  "SCONJ",
  "PART",
  "PUNCT",
  "SYM",
  "ADV",
]);
const NAMING_POS = new Set(["NOUN", "PROPN", "NUM"]);

/**
 * Zipf bands of the background corpus: a word above `common` is everyday talk, below `rare` it is as
 * telling as any word can be. Nouns name what is asked about, so they keep weight further up the
 * scale than verbs and adjectives ("wondering", "curious"), and never drop below `nounFloor`.
 */
/** The least a noun the report lacks weighs: nouns name what is asked about. */
export const NOUN_FLOOR = 0.25;
const BANDS = {
  verb: { common: 5.0, rare: 3.0 },
  noun: { common: 6.0, rare: 3.5, nounFloor: NOUN_FLOOR },
};

const EVERYDAY_ZIPF = 5.0;
/** What the commonest words of everyday English weigh as question words: next to nothing. */
export const EVERYDAY_WEIGHT = 0.1;
const linear = (z: number, common: number, rare: number) =>
  Math.min(1, Math.max(0, (common - z) / (common - rare)));

/**
 * 0..1: how much a question word the report lacks says about the topic, given its part of speech.
 * A word everyday English does not have (a name, an acronym, an uncorrectable misspelling) says
 * everything; only a real word needs its part of speech, which is why `pos` is asked for lazily.
 */
export function salience(word: string, pos: PartOfSpeech | (() => PartOfSpeech)): number {
  const z = zipfOf(word);
  if (z === undefined) return 1;
  // The commonest words of everyday English say little whatever their part of speech ("thing",
  // "met", "guys"): a small weight, without loading the tagger for them.
  if (z >= EVERYDAY_ZIPF) return EVERYDAY_WEIGHT;
  const tag = typeof pos === "function" ? pos() : pos;
  if (FUNCTION_POS.has(tag)) return 0;
  if (NAMING_POS.has(tag))
    return Math.max(BANDS.noun.nounFloor, linear(z, BANDS.noun.common, BANDS.noun.rare));
  return linear(z, BANDS.verb.common, BANDS.verb.rare);
}

/**
 * Parts of speech of a question's words, with words that address the bot ("hey bot", "yo team",
 * "bot, …") marked as interjections: a vocative names the listener, not the topic.
 */
export function wordRoles(english: string): Map<string, PartOfSpeech> {
  const tokens = tagTokens(english).filter((t) => t.type === "word" || t.type === "punctuation");
  const roles = new Map<string, PartOfSpeech>();
  tokens.forEach((t, i) => {
    const addressed =
      NAMING_POS.has(t.pos) &&
      ((i > 0 && tokens[i - 1]!.pos === "INTJ" && tokens[i + 1]?.pos !== "NOUN") ||
        (i === 0 && tokens[1]?.text === ","));
    const word = t.text.toLowerCase();
    if (!roles.has(word)) roles.set(word, addressed ? "INTJ" : t.pos);
  });
  return roles;
}

export { isEnglishWord };
