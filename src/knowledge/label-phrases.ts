// Noun phrases and modifiers read off a tagged sentence for a figure's label: the phrase on either
// side of a figure, trimmed of articles and dangling prepositions, capped in length and joined as
// the report wrote it. The shared word classes of the label rules live here too.
import { isPastParticiple } from "../text/participles.js";
import type { Token } from "./nlp.js";

export const CLAUSE_PUNCT = new Set([",", ";", ":", "(", ")", "—", "–"]);

export const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);

export const FILLERS = new Set([
  "total",
  "nearly",
  "about",
  "around",
  "approximately",
  "over",
  "more",
  "than",
  "almost",
]);

export const MAX_WORDS = 14;

/** Nouns of change ("a year-on-year increase of N", "the growth of …"): closed-class English, not one report's words. */
export const CHANGE_NOUNS: ReadonlySet<string> = new Set([
  "increase",
  "rise",
  "growth",
  "gain",
  "decrease",
  "fall",
  "decline",
  "drop",
  "reduction",
]);

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A label without the unit it ends with: "Rural poor people (people)" → "Rural poor people", so it can
 * sit inside another label ("Growth of rural poor people (percent)"). */
export const labelWithoutUnit = (label: string) => label.replace(/\s*\([^)]*\)$/, "");

/** A cardinal spelled out ("three", "twenty"), as the tagger reads it: a number with no digit. */
const isNumberWord = (t: Token) => t.pos === "NUM" && !/\d/.test(t.text);

/**
 * Where the number word at `i` starts: "twenty-seven" is one number (numbers.ts reads the hyphened
 * compound whole), so its second word starts at its first; any other word starts at itself.
 */
export function numberWordStart(tokens: Token[], i: number): number {
  const hyphen = tokens[i - 1];
  const first = tokens[i - 2];
  return isNumberWord(tokens[i]!) &&
    hyphen?.text === "-" &&
    first !== undefined &&
    isNumberWord(first) &&
    first.end === hyphen.start &&
    hyphen.end === tokens[i]!.start
    ? i - 2
    : i;
}

/** "fixed-point", "income-generating": a word hyphened to a neighbour is part of a compound, no verb. */
export const hyphened = (tokens: Token[], i: number) => {
  const glued = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && a.end === b.start;
  const after =
    tokens[i + 1]?.text === "-" && glued(tokens[i], tokens[i + 1]) && glued(tokens[i + 1], tokens[i + 2]);
  const before =
    tokens[i - 1]?.text === "-" && glued(tokens[i - 1], tokens[i]) && glued(tokens[i - 2], tokens[i - 1]);
  return after || before;
};

// Double quotation marks around a title: curly ones pair by shape, a straight one with the one before
// it. (Single ones are left alone: "’" is also an apostrophe, "farmers’ cooperatives".)
export const OPEN_QUOTES = new Set(["“", '"']);

export const CLOSE_QUOTES = new Set(["”", '"']);

/** At most this many words in an appositive that describes the noun before it. */
const DESCRIPTION_MAX_TOKENS = 12;

/**
 * "The renovation of old houses, a key project of the county, was completed …": a noun phrase
 * opened by "a"/"an" between two commas describes the noun before it and is no part of its name.
 * The index of the comma that opens it (`close` is the one that closes it), or -1.
 */
function describingAppositive(tokens: Token[], close: number): number {
  let open = close - 1;
  while (open > 0 && close - open <= DESCRIPTION_MAX_TOKENS && tokens[open]!.text !== ",") open--;
  if (tokens[open]?.text !== "," || open === 0 || !/^an?$/i.test(tokens[open + 1]?.text ?? "")) return -1;
  const inner = tokens.slice(open + 2, close);
  const nominal = inner.every((t) => NOMINAL.has(t.pos) || t.pos === "DET" || t.lemma === "of");
  return nominal && inner.length > 0 && NOMINAL.has(tokens[open - 1]!.pos) ? open : -1;
}

/**
 * "The six cities, namely A, B and C, provided …": where the subject ends when an appositive list
 * of names stands between it and its verb (the comma before "namely"); else `end` itself.
 */
export function beforeApposition(tokens: Token[], end: number): number {
  if (tokens[end - 1]?.text !== ",") return end;
  const described = describingAppositive(tokens, end - 1);
  if (described >= 0) return described;
  for (let i = end - 2; i > 0 && i >= end - 40; i--) {
    const t = tokens[i]!;
    // By the word as written: the tagger lemmatises "including" to "include".
    if (["namely", "including", "i.e."].includes(t.text.toLowerCase()) && tokens[i - 1]?.text === ",")
      return i - 1;
    // "The Foundation, together with the Federation of Industry and Commerce and the Red Cross
    // Society, raised …": those it acted with are no part of the subject.
    if (
      t.lemma === "with" &&
      ["together", "along", "jointly"].includes(tokens[i - 1]?.lemma ?? "") &&
      tokens[i - 2]?.text === ","
    )
      return i - 2;
    // "of" and articles inside a name ("the Federation of Industry and Commerce").
    // A number word between capitalised words is part of the name too ("China Three Gorges
    // Corporation", "the First Automobile Works").
    const inName =
      ((t.lemma === "of" || (t.pos === "NUM" && /^\p{Lu}\p{Ll}+$/u.test(t.text))) &&
        tokens[i - 1]?.pos === "PROPN" &&
        tokens[i + 1]?.pos === "PROPN") ||
      (t.pos === "DET" && NOMINAL.has(tokens[i + 1]?.pos ?? ""));
    if (
      !(
        NOMINAL.has(t.pos) ||
        inName ||
        t.pos === "CCONJ" ||
        t.text === "," ||
        t.text === "'" ||
        t.text === "’"
      )
    )
      return end;
  }
  return end;
}

/** "(IFAD)" closing at `close`: the index of its "(" when it holds only a name after a noun, else -1. */
export function abbreviationOpen(tokens: Token[], close: number): number {
  for (let k = close - 1; k > 0 && k >= close - 4; k--) {
    if (tokens[k]!.text === "(") {
      const inner = tokens.slice(k + 1, close);
      return inner.length > 0 &&
        inner.every((x) => x.pos === "PROPN" || x.pos === "NOUN") &&
        NOMINAL.has(tokens[k - 1]?.pos ?? "")
        ? k
        : -1;
    }
  }
  return -1;
}

/** A noun phrase from index `from` rightwards, with "of" phrases ("funds of the province"). */
export function chunkRight(tokens: Token[], from: number): { text: string; end: number } {
  let i = from;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const nextNominal = NOMINAL.has(tokens[i + 1]?.pos ?? "");
    // "tropical fruits such as mango and lychee": the examples name what the noun covers, so they
    // stay with it; "such" alone would be read as the noun's last word.
    if (
      t.lemma === "such" &&
      i > from &&
      tokens[i + 1]?.lemma === "as" &&
      NOMINAL.has(tokens[i + 2]?.pos ?? "")
    )
      i += 2;
    else if (
      NOMINAL.has(t.pos) ||
      t.pos === "PART" ||
      (t.pos === "DET" && i === from) ||
      (t.pos === "VERB" && /(?:ed|ing)$/.test(t.text) && nextNominal) ||
      (t.lemma === "of" && (nextNominal || tokens[i + 1]?.pos === "DET") && i > from) ||
      // "oil-tea camellia": a hyphen written tight between two words joins them.
      (t.text === "-" &&
        i > from &&
        tokens[i - 1]!.end === t.start &&
        tokens[i + 1]?.start === t.end &&
        (NOMINAL.has(tokens[i + 1]!.pos) || hyphenTail(tokens, i + 1))) ||
      // "low-yield farmland": the word after such a hyphen is the compound's, whatever its tag.
      (i > from + 1 && tokens[i - 1]!.text === "-" && hyphenTail(tokens, i))
    )
      i++;
    else if (
      t.pos === "CCONJ" &&
      nextNominal &&
      i > from &&
      NOMINAL.has(tokens[i - 1]!.pos) &&
      tokens[i + 2]?.pos !== "NUM"
    )
      i++;
    else break;
  }
  return { text: joinCapped(trimEdges(tokens.slice(from, i))), end: i };
}

/**
 * "yield" in "low-yield farmland": a lower-case word glued by a hyphen to the word before it and
 * followed by a noun, so the compound modifies that noun (the tagger may read it as a verb).
 */
function hyphenTail(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const hyphen = tokens[i - 1];
  return (
    t !== undefined &&
    hyphen?.text === "-" &&
    hyphen.end === t.start &&
    tokens[i - 2]?.end === hyphen.start &&
    /^[a-z]+$/.test(t.text) &&
    NOMINAL.has(tokens[i + 1]?.pos ?? "")
  );
}

/** The noun phrase ending before index `at`, with nouns joined by "and" ("funds and materials"). */
export function coordinatedLeft(tokens: Token[], at: number): { text: string; start: number } | undefined {
  let start = at;
  while (
    start > 0 &&
    (NOMINAL.has(tokens[start - 1]!.pos) ||
      (tokens[start - 1]!.pos === "CCONJ" && NOMINAL.has(tokens[start - 2]?.pos ?? "") && start < at))
  )
    start--;
  const span = trimEdges(tokens.slice(start, at));
  return span.length ? { text: joinCapped(span), start } : undefined;
}

// The most words a quoted name before "worth" may have (a campaign's or a gift's name, not a title).
export const MAX_QUOTED_WORDS = 6;

/**
 * The quoted name that ends just before index `at` ("distributed “love packages” worth N"): the
 * things of that value. The closing quote stopped the noun phrase reader, and the label lost what
 * was worth the amount ("Funds distributed").
 */
export function quotedLeft(tokens: Token[], at: number): { text: string; start: number } | undefined {
  if (!CLOSE_QUOTES.has(tokens[at - 1]?.text ?? "")) return undefined;
  const open = tokens.slice(0, at - 1).findLastIndex((q) => OPEN_QUOTES.has(q.text));
  if (open < 0 || at - 1 - open - 1 > MAX_QUOTED_WORDS) return undefined;
  const span = trimEdges(tokens.slice(open + 1, at - 1));
  return span.length && span.every((t) => NOMINAL.has(t.pos) || t.pos === "ADJ")
    ? { text: joinCapped(span), start: open }
    : undefined;
}

/**
 * The noun phrase before the bracket at `open`, with the noun it qualifies when it is the object of
 * a preposition ("funds from social poverty alleviation", "funds put up by the townships"). `measure`:
 * the bracket holds an amount of money, land or length, not a count.
 */
export function bracketedFor(tokens: Token[], open: number, measure = false): string | undefined {
  const core = chunkLeft(tokens, open);
  if (!core || !tokens.slice(core.start, open).some((t) => t.pos === "NOUN")) return undefined;
  let start = core.start;
  for (;;) {
    // "poverty-stricken population": the tagger splits a hyphened modifier off the phrase.
    if (tokens[start - 1]?.text === "-" && hyphened(tokens, start)) start -= 2;
    else if (tokens[start - 2]?.text === "-" && hyphened(tokens, start - 1)) start -= 3;
    // "dairy processing cooperatives (N)": an -ing word between nouns modifies the noun after it.
    else if (modifyingParticiple(tokens, start - 1, subjectOfNextVerb(tokens, open)))
      start = chunkLeft(tokens, start - 1)?.start ?? start - 1;
    else break;
  }
  let text = start < core.start ? joinCapped(trimEdges(tokens.slice(start, open))) : core.text;
  // "trained cadres and technical personnel (N person-times)": the figure counts both nouns.
  const both = tokens[start - 1]?.lemma === "and" ? coordinatedLeft(tokens, open) : undefined;
  if (both && both.start < start - 1) {
    text = joinCapped(trimEdges(tokens.slice(both.start, open)));
    start = both.start;
  }
  let at = start - 1;
  if (tokens[at]?.pos === "DET") at--;
  if (tokens[at]?.pos !== "ADP") return withActingVerb(tokens, at, text, afterBracket(tokens, open));
  if (tokens[at - 1]?.pos === "VERB" && tokens[at - 1]!.text.endsWith("ed")) at--;
  const whose = chunkLeft(tokens, at);
  if (!whose || !tokens.slice(whose.start, at).some((t) => t.pos === "NOUN")) return text;
  let from = perCapitaStart(tokens, whose.start);
  let before = from - 1;
  if (tokens[before]?.pos === "DET") before--;
  // "the per capita net income of all residents of the county (N yuan)": an amount (a `measure`)
  // names what it measures by a chain of "of" phrases, read back to its first noun; but not into a
  // change of it ("the growth of …"), which the bracket's own words give ("…, an increase of P%").
  // A count counts the things it is written after ("the repair of old houses of poor families
  // (N)" counts houses), never the act ("repair").
  for (let level = 1; measure && level < MAX_OF_LEVELS && tokens[before]?.lemma === "of"; level++) {
    const outer = chunkLeft(tokens, before);
    if (!outer || !tokens.slice(outer.start, before).some((t) => t.pos === "NOUN")) break;
    if (CHANGE_NOUNS.has(tokens[before - 1]!.lemma)) break;
    from = perCapitaStart(tokens, outer.start);
    before = from - 1;
    if (tokens[before]?.pos === "DET") before--;
  }
  return withActingVerb(tokens, before, joinCapped(trimEdges(tokens.slice(from, open))));
}

/** How many "of" phrases a bracketed figure's name may chain ("income of residents of the county"). */
const MAX_OF_LEVELS = 3;
/** "per capita net income": "per", tagged a preposition, is the start of the phrase it opens. */
const perCapitaStart = (tokens: Token[], start: number) =>
  tokens[start - 1]?.lemma === "per" && /^capita$/i.test(tokens[start]?.text ?? "") ? start - 1 : start;

/**
 * "trained rural labourers from poor households (N person-times)": a phrase that is the object of
 * a verb in the past tense right before it is what the verb did, and says so ("Rural labourers from
 * poor households trained"); `verbAt`: the token before the phrase. Linking verbs and "include"
 * (which only introduce what follows) add nothing.
 */
function withActingVerb(tokens: Token[], verbAt: number, phrase: string, after?: string): string {
  const verb = tokens[verbAt];
  if (verb?.pos !== "VERB" || !isPastParticiple(verb) || NO_ACT.has(verb.lemma)) return phrase;
  return `${phrase} ${verb.text.toLowerCase()}${after ? ` ${after}` : ""}`;
}

/**
 * "connected mountain villages (N) to the grid", "sent doctors (N) to remote clinics": a
 * preposition right after the bracket closes goes on with the verb that acted on the phrase, and
 * says where or for what it acted ("Mountain villages connected to the grid"). Undefined when the
 * bracket is followed by anything else (a comma, a verb, "to" before a verb).
 */
function afterBracket(tokens: Token[], open: number): string | undefined {
  const close = closingBracket(tokens, open);
  if (close < 0 || tokens[close + 1]?.pos !== "ADP") return undefined;
  return phraseAfter(tokens, close + 1);
}

/** Whether a verb follows the bracket at `open` right after it closes: the phrase before it is its subject. */
const subjectOfNextVerb = (tokens: Token[], open: number) => {
  const close = closingBracket(tokens, open);
  return close >= 0 && ["VERB", "AUX"].includes(tokens[close + 1]?.pos ?? "");
};

/** The bracket closing the one at `open`, looked for a bounded distance on; -1 when none. */
const BRACKET_MAX_TOKENS = 30;
function closingBracket(tokens: Token[], open: number): number {
  for (let i = open + 1; i < tokens.length && i <= open + BRACKET_MAX_TOKENS; i++)
    if (tokens[i]!.text === ")") return i;
  return -1;
}

/**
 * "leading" in "tea processing leading firms": an -ing word tagged as a verb between a
 * nominal or an article and the nominal after it modifies that noun. After a clause break it does
 * only when the phrase is the subject of the verb after the bracket ("…, participating enterprises
 * (N) were paired"); else it is a verb with its object ("…, benefiting member households (N)").
 */
const modifyingParticiple = (tokens: Token[], i: number, subject: boolean) => {
  const before = tokens[i - 1];
  return (
    tokens[i]?.pos === "VERB" &&
    /[a-z]ing$/.test(tokens[i]!.text) &&
    NOMINAL.has(tokens[i + 1]?.pos ?? "") &&
    (NOMINAL.has(before?.pos ?? "") ||
      before?.pos === "DET" ||
      (subject && (before === undefined || [",", ";", ":"].includes(before.text))))
  );
};
const NO_ACT = new Set(["be", "have", "include", "become", "remain"]);

/** The noun phrase that ends just before "of N" ("village roads" in "built village roads of N"). */
export function chunkLeft(tokens: Token[], ofAt: number): { text: string; start: number } | undefined {
  let start = ofAt;
  while (start > 0 && (NOMINAL.has(tokens[start - 1]!.pos) || tokens[start - 1]!.pos === "PART")) start--;
  const span = trimEdges(tokens.slice(start, ofAt));
  return span.length ? { text: joinCapped(span), start } : undefined;
}

/** Whether the tokens from `from` are a noun phrase ("the provincial finance") then a number. */
function nounsThenNumber(tokens: Token[], from: number): boolean {
  let j = from;
  while (tokens[j]?.pos === "DET" || NOMINAL.has(tokens[j]?.pos ?? "")) j++;
  return j > from && tokens[j]?.pos === "NUM";
}

/**
 * The modifiers after the figure or its noun, to the end of the clause: "for relocation", "to poor
 * areas", "over the previous year". Stops at another figure, at a clause break, and at "and" that
 * starts a new verb or figure.
 */
export function phraseAfter(
  tokens: Token[],
  from: number,
  allowVerb = false,
  max = MAX_WORDS,
): string | undefined {
  const out: Token[] = [];
  let brokeAt = tokens.length;
  for (let i = from; i < tokens.length && out.length < max; i++) {
    brokeAt = i;
    const t = tokens[i]!;
    // "income-generating": a hyphen glued to both neighbours joins a word; any other mark ends the phrase.
    const hyphen = t.text === "-" && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
    // "two-year": a number hyphened to the word after it is part of an adjective, not a figure; a
    // number word hyphened to another ("twenty-seven") is one number, read below as one.
    const compound =
      isNumberWord(t) &&
      tokens[i + 1]?.text === "-" &&
      tokens[i + 1]!.start === t.end &&
      !(
        tokens[i + 2] !== undefined &&
        isNumberWord(tokens[i + 2]!) &&
        tokens[i + 2]!.start === tokens[i + 1]!.end
      );
    // "relocated in the three cities of X", "for the twenty-seven key counties": a number word after
    // "the" points back at things already counted; it is part of the phrase, not a figure of its own,
    // and so is each word of a hyphened one.
    const definite = isNumberWord(t) && tokens[numberWordStart(tokens, i) - 1]?.lemma === "the";
    if (
      !hyphen &&
      !compound &&
      !definite &&
      (CLAUSE_PUNCT.has(t.text) || t.pos === "PUNCT" || t.pos === "NUM" || t.pos === "SYM")
    )
      break;
    if (t.pos === "CCONJ" && ["VERB", "NUM", "AUX"].includes(tokens[i + 1]?.pos ?? "")) break;
    // "N water cellars and canals of M km": "and" right after the figure starts the list's next item
    // when that item has a figure of its own ("N units and entrepreneurs" is one noun phrase).
    if (t.pos === "CCONJ" && i === from) {
      let j = i + 1;
      while (NOMINAL.has(tokens[j]?.pos ?? "")) j++;
      if ((tokens[j]?.lemma === "of" || tokens[j]?.lemma === "on") && tokens[j + 1]?.pos === "NUM") break;
      // "social funds were N yuan and funds raised by the masses were M": after a figure that
      // completes its clause, "and" and a noun with its own verb open the next clause.
      if (["VERB", "AUX"].includes(tokens[j]?.pos ?? "") && completesClauseBefore(tokens, i - 1)) break;
    }
    if (
      t.pos === "CCONJ" &&
      !(NOMINAL.has(tokens[i + 1]?.pos ?? "") && NOMINAL.has(tokens[i - 1]?.pos ?? ""))
    )
      break;
    // "Ningbo contributed N yuan and Hangzhou M yuan": a noun phrase after "and" that ends at a
    // number is the subject of the list's next (gapped) item, not more of this phrase.
    if (t.pos === "CCONJ" && nounsThenNumber(tokens, i + 1)) break;
    // "to the masses who took part in …": a relative pronoun opens a clause of its own, which the
    // phrase leaves out whole rather than end on the pronoun.
    if (["which", "who", "whom", "whose"].includes(t.lemma)) break;
    // "was issued for …": the auxiliary goes; a participle right after the noun stays when a
    // preposition follows it (a reduced relative), not when an object does (a new main verb).
    if (t.pos === "AUX" && out.length === 0) continue;
    // "labor transfer training": a verb's base form between a singular noun and a noun, with no
    // subject that could take it, is a noun the tagger misread (a compound's middle word).
    const compoundNoun =
      t.pos === "VERB" &&
      t.text === t.lemma &&
      out.length > 0 &&
      tokens[i - 1]?.pos === "NOUN" &&
      ((tokens[i - 1]!.text.toLowerCase() === tokens[i - 1]!.lemma && tokens[i + 1]?.pos === "NOUN") ||
        endsPrepositionalObject(tokens, i));
    // "87.8% of those trained for …": a participle after "those" names whom "those" are.
    const afterThose = t.pos === "VERB" && tokens[i - 1]?.lemma === "those";
    if (t.pos === "VERB" && !allowVerb && !compoundNoun && !afterThose) {
      const passive =
        out.length === 0 &&
        (tokens[i - 1]?.pos === "AUX" || ["ADP", "PUNCT"].includes(tokens[i + 1]?.pos ?? "PUNCT"));
      if (!passive && !(out.length > 0 && tokens[i - 1]?.pos === "ADP")) break;
    }
    const beforeYear = tokens[i - 1]?.pos === "DET" ? tokens[i - 2] : tokens[i - 1];
    if (
      (t.lemma === "this" || t.lemma === "last" || t.lemma === "previous") &&
      tokens[i + 1]?.lemma === "year" &&
      !["over", "than", "from", "with"].includes(beforeYear?.lemma ?? "")
    )
      break;
    out.push(t);
    brokeAt = tokens.length;
  }
  // "covers 25 counties in Zhangjiakou, Chengde and Baoding": a phrase cut at the first comma of a
  // list of names would name one place of several; the place phrase goes whole or not at all.
  if (tokens[brokeAt]?.text === "," && out.at(-1)?.pos === "PROPN" && tokens[brokeAt + 1]?.pos === "PROPN") {
    const prep = out.findLastIndex((t) => t.pos === "ADP");
    out.splice(Math.max(prep, 0));
  }
  let a = 0;
  while (a < out.length && (out[a]!.pos === "CCONJ" || out[a]!.pos === "DET")) a++;
  const span = trimEnd(out.slice(a));
  return span.length ? joinCapped(span) : undefined;
}

/**
 * "trained for labour transfer.": a verb's base form closing the phrase right after the noun of a
 * preposition ("for labour") has no subject to take it; it is the compound's last noun, misread.
 */
function endsPrepositionalObject(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (next === undefined || next.pos === "PUNCT") && tokens[i - 2]?.pos === "ADP";
}

/** Drops articles and dangling prepositions or conjunctions at either end. */
export function trimEdges(span: Token[]): Token[] {
  let a = 0;
  let b = span.length;
  const loose = (t: Token) =>
    t.pos === "DET" ||
    t.pos === "ADP" ||
    t.pos === "CCONJ" ||
    t.pos === "PART" ||
    t.pos === "PUNCT" ||
    t.pos === "SCONJ";
  // "per capita" is a noun phrase's own start, not a dangling preposition.
  // "Total" before its noun ("the total value") is part of the name; "a total of N" is not.
  const filler = (i: number) =>
    FILLERS.has(span[i]!.lemma) && !(span[i]!.lemma === "total" && span[i + 1]?.pos === "NOUN");
  while (a < b && span[a]!.lemma !== "per" && (loose(span[a]!) || filler(a))) a++;
  // A closing bracket whose opening one is kept ("Fund for X (FX)") stays.
  const closes = (i: number) => span[i]!.text === ")" && span.slice(a, i).some((t) => t.text === "(");
  while (b > a && loose(span[b - 1]!) && !particle(span, b - 1) && !closes(b - 1)) b--;
  return span.slice(a, b);
}

/** "handed out", "set up": an adverb particle completing the participle before it, not a dangling preposition. */
export const PARTICLES = new Set(["out", "up", "off", "down"]);

/** Nouns a verb takes as one idiom before its preposition ("took part in", "took place in"). */
export const IDIOM_NOUNS: ReadonlySet<string> = new Set(["part", "place"]);

export const particle = (span: Token[], i: number) =>
  PARTICLES.has(span[i]!.lemma) && span[i - 1]?.pos === "VERB" && isPastParticiple(span[i - 1]!);

export function trimEnd(span: Token[]): Token[] {
  let b = span.length;
  // "worth" at the end stood before a figure, as a preposition does ("packages worth N").
  while (
    b > 0 &&
    (["DET", "ADP", "CCONJ", "PART", "PUNCT", "SCONJ", "AUX"].includes(span[b - 1]!.pos) ||
      span[b - 1]!.lemma === "worth")
  )
    b--;
  return span.slice(0, b);
}

export function joinCapped(span: Token[]): string {
  let kept = span.slice(0, MAX_WORDS);
  // Cut at a phrase boundary: "… key counties for poverty" would end inside "for poverty alleviation".
  if (span.length > MAX_WORDS) {
    const cut = kept.findLastIndex((t) => t.pos === "ADP" || t.pos === "CCONJ");
    if (cut >= MAX_WORDS - 4) kept = kept.slice(0, cut);
  }
  let text = "";
  for (const [i, t] of kept.entries()) {
    const glued = i > 0 && span[i - 1]!.end === t.start;
    text += i === 0 || glued ? t.text : ` ${t.text}`;
  }
  return text;
}

// "Henan Province", "the province": the report's own region is its scope, not a name in a label.
export const isRegion = (text: string, region: string) => {
  const rest = text
    .replace(/\b(?:the|province|provincial|city|region|autonomous)\b/gi, "")
    .trim()
    .toLowerCase();
  return rest === "" || rest === region.toLowerCase();
};

export function tidy(label: string): string {
  const text = label
    // "relocated N households and M people respectively": the word pairs a list's items with
    // another's; it names nothing the figure measures.
    .replace(/,?\s*\brespectively\b/gi, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:)])/g, "$1")
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/\b(Growth|Increase|Decrease|Fall) of the\s+/i, "$1 of ")
    // A report covers one year, and the figure carries it: "during the year" at the end says nothing more.
    .replace(/\s+(?:during|in|throughout) the year$/i, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "credit funds were 300 million yuan and funds raised by the masses were 80 million yuan": the noun
 * at `at` is the unit of a figure that completes the clause before "and" (a verb right before the
 * figure), so the next clause's subject starts after the "and", not at that unit.
 */
export function completesClauseBefore(tokens: Token[], at: number): boolean {
  let i = at - 1;
  if (tokens[i]?.pos !== "NUM") return false;
  while (tokens[i - 1]?.pos === "NUM") i--;
  const verb = tokens[i - 1];
  return verb?.pos === "VERB" || (verb?.pos === "AUX" && verb.lemma === "be");
}
