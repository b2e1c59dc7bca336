// The clause around a figure: its verb (not across a semicolon or "of which"), what the verb acts on,
// whether the figure is its object or its subject, and what a counted noun's own verb says it did.
import {
  CLAUSE_PUNCT,
  CLOSE_QUOTES,
  chunkLeft,
  chunkRight,
  FILLERS,
  hyphened,
  IDIOM_NOUNS,
  joinCapped,
  MAX_WORDS,
  NOMINAL,
  OPEN_QUOTES,
  PARTICLES,
  phraseAfter,
  trimEdges,
} from "./label-phrases.js";
import type { Token } from "./nlp.js";
import { opensParts } from "./of-which.js";
import { isPastParticiple } from "../text/participles.js";

/**
 * Verbs that only link a subject to its figure: the subject alone says what the figure is ("Member
 * households numbered N").
 */
export const LINKING = new Set([
  "be",
  "reach",
  "total",
  "amount",
  "stand",
  "hit",
  "exceed",
  "come",
  "top",
  "number",
]);

/** Verbs that link a subject to a level only when the figure follows them or "at": "stayed at N%". */
const LEVEL_VERBS = new Set(["stay", "remain"]);

/**
 * Whether the verb at `verbAt` holds its subject at the figure starting at `first` ("the repayment
 * rate stayed at 99.2%", "remained 2.1 million"), not at a duration or place ("stayed for two years").
 */
export function holdsAt(tokens: Token[], verbAt: number, first: number): boolean {
  if (!LEVEL_VERBS.has(tokens[verbAt]?.lemma ?? "")) return false;
  return first === verbAt + 1 || (first === verbAt + 2 && tokens[verbAt + 1]!.lemma === "at");
}

// Verbs that change an amount by a figure ("increased its funds by N", "reduced its poor population
// by N"); those in FALLING_VERBS name a decrease.
export const FALLING_VERBS = new Set(["decrease", "fall", "drop", "decline", "reduce", "lower"]);

export const GROWTH_VERBS = new Set(["increase", "grow", "rise", ...FALLING_VERBS]);

/** Verbs that set an amount to a new value ("bring X to N", "raise X to N"), besides the growth verbs. */
export const SET_TO_VERBS = new Set([...GROWTH_VERBS, "bring", "raise", "lift", "expand", "cut"]);

const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Whether "and" at `and` joins a noun phrase that runs up to a comma right before the verb at `verbAt`. */
function coordinatedObject(tokens: Token[], and: number, verbAt: number): boolean {
  if (tokens[verbAt - 1]?.text !== "," || verbAt - 1 <= and + 2) return false;
  return tokens.slice(and + 1, verbAt - 1).every((t) => NOUN_PHRASE_POS.has(t.pos));
}

/** The nearest verb before index `at` in the sentence, not across a semicolon or "of which". */
export function verbBefore(tokens: Token[], at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    // A quoted title ("the “Notice on Further Strengthening …”") is a name: its verbs are not the clause's.
    if (CLOSE_QUOTES.has(tokens[i]!.text)) {
      const open = tokens.slice(0, i).findLastIndex((q) => OPEN_QUOTES.has(q.text));
      if (open >= 0) i = open;
      continue;
    }
    const t = tokens[i]!;
    // "according to": a preposition written as two words, not a verb.
    if (t.lemma === "accord" && tokens[i + 1]?.lemma === "to") continue;
    // "…, with a total investment of N: X of M, Y of K": a colon right after a figure opens its
    // parts; the verb of the clause before the colon acts on that figure, not on its parts.
    if (
      t.text === ";" ||
      opensParts(tokens, i) ||
      (t.text === ":" && (tokens[i - 1]?.pos === "NUM" || tokens[i - 2]?.pos === "NUM"))
    )
      return -1;
    // "… and the growth rate …": a new subject starts a new clause.
    // But "were paired with the counties and the villages, invested N": when only a noun phrase and
    // a comma stand between "and the" and the verb asked about, that verb has no subject of its own
    // there, so the phrase is a second object of the clause before, not a new subject.
    if (t.pos === "CCONJ" && tokens[i + 1]?.pos === "DET" && !coordinatedObject(tokens, i, at)) return -1;
    if (
      t.pos === "VERB" &&
      // "in targeted areas", "318 centralized projects": a participle between a preposition, number or
      // article and its noun is an adjective, not the clause's verb.
      !(
        NOMINAL.has(tokens[i + 1]?.pos ?? "") &&
        /ed$|ing$/.test(t.text) &&
        ["ADP", "NUM", "DET"].includes(tokens[i - 1]?.pos ?? "")
      ) &&
      !gerundInCompound(tokens, i) &&
      !hyphened(tokens, i)
    )
      return i;
    if (t.pos === "AUX" && t.lemma === "be" && tokens[i + 1]?.pos !== "VERB" && tokens[i + 1]?.pos !== "AUX")
      return i;
  }
  return -1;
}

/**
 * "Li brocade weaving training", "fruit processing plants": a word in -ing between two nouns names
 * the kind of the noun after it, as a compound's middle word; it is not the clause's verb.
 */
export function gerundInCompound(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.pos;
  return (
    /ing$/.test(tokens[i]!.text) &&
    (before === "NOUN" || before === "PROPN") &&
    tokens[i + 1]?.pos === "NOUN" &&
    tokens[i - 1]!.end < tokens[i]!.start
  );
}

/** The verb with the verbs it completes ("expected to train"), auxiliaries left out. */
export function verbGroup(tokens: Token[], verbAt: number): string {
  let start = verbAt;
  while (start >= 2 && tokens[start - 1]!.lemma === "to" && tokens[start - 2]!.pos === "VERB") start -= 2;
  // "carried out", "set up": the particle completes the verb ("carried" alone says something else).
  const particle = PARTICLES.has(tokens[verbAt + 1]?.lemma ?? "") && tokens[verbAt + 1]!.pos !== "NOUN";
  return tokens
    .slice(start, verbAt + (particle ? 2 : 1))
    .map((t) => t.text)
    .join(" ");
}

/**
 * The activity an earlier verb of the same subject carried out where a later one's figure counts:
 * in "planned to implement X in N villages and (actually) completed M villages" it is X, when the
 * later verb follows "and", the earlier verb's object is a noun phrase (not a figure) followed by a
 * preposition and a figure, and that figure counts the same noun (`noun`, a lemma) as the later one.
 */
export function sharedActivity(tokens: Token[], verbAt: number, noun: string): string | undefined {
  let i = verbAt - 1;
  while (i > 0 && tokens[i]!.pos === "ADV") i--;
  if (tokens[i]?.lemma !== "and") return undefined;
  const earlier = verbBefore(tokens, i);
  if (earlier < 0) return undefined;
  let from = earlier + 1;
  if (PARTICLES.has(tokens[from]?.lemma ?? "") && tokens[from]!.pos !== "NOUN") from++;
  if (!(tokens[from]?.pos === "DET" || NOMINAL.has(tokens[from]?.pos ?? ""))) return undefined;
  const object = chunkRight(tokens, from);
  if (!object.text || tokens[object.end]?.pos !== "ADP") return undefined;
  let at = object.end + 1;
  if (tokens[at]?.pos === "DET") at++;
  if (tokens[at]?.pos !== "NUM") return undefined;
  // The earlier figure's noun: the words after its number, up to the "and" before the later verb.
  const places = tokens.slice(at + 1, i);
  const clauseWord = (t: Token, k: number) =>
    t.pos === "NUM" || (t.pos === "VERB" && !hyphened(tokens, at + 1 + k));
  if (!places.some((t) => t.lemma === noun) || places.some(clauseWord)) return undefined;
  return object.text.charAt(0).toLowerCase() + object.text.slice(1);
}

/**
 * "increased its special funds by N": the growth verb before the "by" at `byAt` and its object, a
 * noun phrase (after a possessive or an article) that reaches the "by".
 */
export function objectGrown(tokens: Token[], byAt: number): { verbAt: number; object: string } | undefined {
  if (tokens[byAt]?.lemma !== "by") return undefined;
  const verbAt = verbBefore(tokens, byAt);
  if (verbAt < 0 || !GROWTH_VERBS.has(tokens[verbAt]!.lemma)) return undefined;
  let from = verbAt + 1;
  if (tokens[from]?.pos === "PRON" || tokens[from]?.pos === "DET") from++;
  if (!NOMINAL.has(tokens[from]?.pos ?? "")) return undefined;
  const np = chunkRight(tokens, from);
  if (!np.text || np.end !== byAt) return undefined;
  return { verbAt, object: np.text.charAt(0).toLowerCase() + np.text.slice(1) };
}

/** "bringing the number of X to N": the object between an active verb of change and `toAt`. */
export function changedObject(tokens: Token[], toAt: number): string | undefined {
  let v = toAt - 1;
  while (v > 0 && tokens[v]!.pos !== "VERB" && tokens[v]!.pos !== "PUNCT" && tokens[v]!.pos !== "NUM") v--;
  const verb = tokens[v];
  if (verb?.pos !== "VERB" || !SET_TO_VERBS.has(verb.lemma) || tokens[v - 1]?.lemma === "be")
    return undefined;
  const object = tokens.slice(v + 1, toAt);
  if (object[0]?.pos !== "DET" || object.length < 2 || object.length > MAX_WORDS) return undefined;
  if (!object.some((t) => t.pos === "NOUN")) return undefined;
  return joinCapped(trimEdges(object));
}

/** Whether the figure at offset `at` is the verb's object: only articles and fillers between them. */
export function directObject(tokens: Token[], verbAt: number, at: number): boolean {
  for (let i = verbAt + 1; i < tokens.length && tokens[i]!.start < at; i++) {
    const t = tokens[i]!;
    if (!(t.pos === "DET" || t.pos === "ADV" || FILLERS.has(t.lemma) || t.lemma === "of")) return false;
  }
  return true;
}

/** Whether the figure at offset `at` sits in the subject of the verb at `verbAt`, as "X of N …". */
export function subjectHoldsFigure(tokens: Token[], verbAt: number, at: number): boolean {
  const figure = tokens.findIndex((t) => t.start >= at);
  if (figure < 1 || tokens[figure - 1]!.lemma !== "of" || !NOMINAL.has(tokens[figure - 2]?.pos ?? ""))
    return false;
  for (let i = figure; i < verbAt; i++)
    if (CLAUSE_PUNCT.has(tokens[i]!.text) || ["VERB", "AUX", "CCONJ"].includes(tokens[i]!.pos)) return false;
  return true;
}

/**
 * Whether the count at offset `at` is the subject of the verbs ending at `verbAt`: its number (and
 * the noun it counts) right before them, within one clause ("87,400 achieved transfer employment").
 */
export function countBeforeVerb(tokens: Token[], at: number, verbAt: number): boolean {
  let i = tokens.findIndex((t) => t.start >= at);
  if (i < 0) return false;
  while (tokens[i]?.pos === "NUM") i++;
  while (NOMINAL.has(tokens[i]?.pos ?? "")) i++;
  // "21,960 people of the short-term trainees achieved …": a partitive "of" phrase after the counted
  // noun is still the subject (the noun phrase must run up to the verbs).
  if (tokens[i]?.lemma === "of" && i > 0 && NOMINAL.has(tokens[i - 1]!.pos)) {
    let j = i + 1;
    if (tokens[j]?.pos === "DET") j++;
    const nounFrom = j;
    while (NOMINAL.has(tokens[j]?.pos ?? "") || tokens[j]?.pos === "ADJ" || tokens[j]?.text === "-") j++;
    if (j > nounFrom) i = j;
  }
  if (i > verbAt || !["VERB", "AUX"].includes(tokens[i]?.pos ?? "")) return false;
  return tokens.slice(i, verbAt + 1).every((t) => ["VERB", "AUX", "ADV"].includes(t.pos));
}

/**
 * "helped N people find jobs", "supported N households to develop industries": the verb after the
 * figure says what the figure's people or households were helped to do.
 */
export function purposeAfter(tokens: Token[], rest: number): string | undefined {
  const to = tokens[rest]?.lemma === "to" && tokens[rest]!.pos === "PART" ? 1 : 0;
  const verb = tokens[rest + to];
  // "… to help N households …", "… to support the three counties": a verb whose object is the next
  // figure (past its article) belongs to that figure.
  const object = tokens[rest + to + 1]?.pos === "DET" ? rest + to + 2 : rest + to + 1;
  if (verb?.pos !== "VERB" || verb.text !== verb.lemma || tokens[object]?.pos === "NUM") return undefined;
  const purpose = phraseAfter(tokens, rest + to, true);
  return purpose ? `to ${purpose}` : undefined;
}

/** Adverbs of time that narrow what a counted noun's verb counts ("still lived", "newly joined"). */
const ASPECT_ADVERBS = new Set(["still", "already", "newly", "again"]);

/**
 * "N trainees found transfer employment", "N units stationed working teams in …": a counted noun
 * followed by its own verb in the past tense and that verb's object is the verb's subject. What the
 * figure counts is the noun that did it ("that found transfer employment"), not the object of an
 * earlier verb of the sentence. An object that is another figure ("N enterprises helped M
 * villages") belongs to that figure's label, so no object, no rule.
 */
export function activeAfter(tokens: Token[], from: number): string | undefined {
  // "N children of poor families living in remote areas each received …": the noun's own modifiers
  // (prepositional phrases, a participle phrase) and a floating "each" stand between it and its verb.
  const modifiers = subjectModifiers(tokens, from);
  let rest = from + modifiers.length;
  const adverbsFrom = rest;
  while (tokens[rest]?.pos === "ADV" || ["each", "all", "both"].includes(tokens[rest]?.lemma ?? "")) rest++;
  // "N households still lived in …": an adverb of time says which households are counted (those
  // remaining, those new), so it stays with the verb; "also", "actually" and the like add nothing.
  const aspect = tokens.slice(adverbsFrom, rest).filter((t) => ASPECT_ADVERBS.has(t.lemma));
  const verb = tokens[rest];
  if (verb?.pos !== "VERB" || verb.text === verb.lemma || /ing$/.test(verb.text)) return undefined;
  if (tokens[rest - 1]?.pos === "AUX") return undefined;
  // "312,000 poor people benefited directly from the projects": an adverb after the verb, and a
  // preposition's phrase for an object.
  let at = rest + 1;
  while (tokens[at]?.pos === "ADV" && !asBeforeOrdinal(tokens, at)) at++;
  // "took part in": the idiom's noun (tagged as an adverb) stays with its verb.
  const idiom = tokens.slice(rest + 1, at).filter((t) => IDIOM_NOUNS.has(t.lemma));
  const verbText = [...aspect.map((t) => t.text), verb.text, ...idiom.map((t) => t.text)].join(" ");
  // "paired up with N households": the verb's particle, then its preposition.
  const particle =
    at === rest + 1 && tokens[at]?.pos === "ADP" && tokens[at + 1]?.pos === "ADP" ? tokens[at] : undefined;
  if (particle) at++;
  // "lived in thatched cottages": a participle before the preposition's noun is that noun's adjective.
  const participleAdjective =
    tokens[at + 1]?.pos === "VERB" && isPastParticiple(tokens[at + 1]!) && tokens[at + 2]?.pos === "NOUN";
  const prepObject =
    (tokens[at]?.pos === "ADP" || asBeforeOrdinal(tokens, at)) &&
    tokens[at]!.lemma !== "by" &&
    (["DET", "NOUN", "ADJ", "PROPN", "NUM"].includes(tokens[at + 1]?.pos ?? "") || participleAdjective);
  if (at > rest + 1 + (particle ? 1 : 0) && !prepObject) return undefined;
  // A noun the tagger took for a verb ("found transfer employment") still starts the object.
  const object0 = tokens[at];
  const nounLike = object0?.pos === "VERB" && tokens[at + 1]?.pos === "NOUN";
  if (!nounLike && !prepObject && !["DET", "NOUN", "ADJ", "PROPN", "PRON"].includes(object0?.pos ?? ""))
    return undefined;
  // "paired up with 1.08 million poor households": the preposition's object is a figure of its own,
  // so the label names its noun without the number.
  let numberEnd = at + 1;
  while (prepObject && tokens[numberEnd]?.pos === "NUM") numberEnd++;
  const counted = numberEnd > at + 1 ? phraseAfter(tokens, numberEnd) : undefined;
  const object = counted ? `${tokens[at]!.text} ${counted}` : phraseAfter(tokens, at, nounLike);
  // An object cut before its noun ("continued their …") names nothing.
  if (!object || /\b(?:their|its|his|her|our)$/i.test(object)) return undefined;
  const own = modifiers.length ? `${joinCapped(modifiers)} ` : "";
  return `${own}that ${verbText}${particle ? ` ${particle.text}` : ""} ${object}`;
}

/**
 * "served as first secretaries": before an ordinal the tagger reads "as" as an adverb ("as first"),
 * yet it is the preposition of the role the verb names, as in "served as secretaries".
 */
const asBeforeOrdinal = (tokens: Token[], at: number) =>
  tokens[at]?.lemma === "as" && tokens[at]!.pos === "ADV" && ORDINAL_WORD.test(tokens[at + 1]?.text ?? "");
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|last)$/i;

/** Words that close an age bound: "aged 60 and above", "aged 16 or over". */
const AGE_BOUND_ENDS = new Set(["above", "over", "below", "under", "older", "younger"]);

/** The end (exclusive) of an age bound "aged N [and|or above]" starting at `from`, or `from`. */
function ageBound(tokens: Token[], from: number): number {
  if (tokens[from]?.text.toLowerCase() !== "aged" || tokens[from + 1]?.pos !== "NUM") return from;
  const closes =
    ["and", "or"].includes(tokens[from + 2]?.lemma ?? "") &&
    AGE_BOUND_ENDS.has(tokens[from + 3]?.text.toLowerCase() ?? "");
  return closes ? from + 4 : from + 2;
}

/**
 * The modifiers of a counted noun before its own verb: prepositional phrases ("of poor families") and
 * a participle phrase ("living in remote areas", "affected by floods"): a participle counts as a
 * modifier only when a preposition follows it (with an object it would be the clause's verb). Empty
 * when no verb follows them, so the caller's reading stands.
 */
export function subjectModifiers(tokens: Token[], from: number): Token[] {
  // "people aged 60 and above received …": an age that bounds the group is its whole modifier.
  const age = ageBound(tokens, from);
  if (age > from && ["VERB", "ADV"].includes(tokens[age]?.pos ?? "")) return tokens.slice(from, age);
  let i = from;
  while (i < tokens.length && i - from < 12) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const nominal = NOMINAL.has(t.pos) || t.pos === "DET" || t.pos === "ADP";
    const participle =
      t.pos === "VERB" &&
      /(?:ing|ed)$/.test(t.text) &&
      i > from &&
      // "living in …", or an adjective before its noun ("in boarding schools").
      (next?.pos === "ADP" || (NOMINAL.has(next?.pos ?? "") && tokens[i - 1]?.pos === "ADP"));
    const joined = t.pos === "CCONJ" && NOMINAL.has(tokens[i - 1]?.pos ?? "") && NOMINAL.has(next?.pos ?? "");
    // "of the short-term trainees": the hyphen of a compound word (the tagger splits it) joins its halves.
    const hyphen =
      t.text === "-" && i > from && /\w$/.test(tokens[i - 1]!.text) && NOMINAL.has(next?.pos ?? "");
    // A floating "each" ends them; "at all levels" is a phrase's own determiner after its preposition.
    if (
      ["each", "all", "both"].includes(t.lemma) &&
      t.pos === "DET" &&
      i > from &&
      tokens[i - 1]?.pos !== "ADP"
    )
      break;
    if (!(nominal || participle || joined || hyphen)) break;
    i++;
  }
  let span = tokens.slice(from, i);
  // "at all levels paired up with N households": a participle read as a modifier whose phrase runs
  // into a figure, not to a verb, was the noun's own verb; the modifiers end before it.
  const lastParticiple = span.findLastIndex((t) => t.pos === "VERB");
  if (!NOMINAL.has(span.at(-1)?.pos ?? "") && tokens[i]?.pos === "NUM" && lastParticiple > 0)
    span = span.slice(0, lastParticiple);
  // Modifiers end on a noun: "of the" before a verb is no phrase.
  return span.length && NOMINAL.has(span.at(-1)!.pos) && span[0]!.pos === "ADP" ? span : [];
}

/** "of X were arranged for Y" after a counted noun: its modifiers, the participle and what follows. */
export function passiveAfter(tokens: Token[], from: number): string | undefined {
  let i = from;
  while (
    i < tokens.length &&
    i - from <= 10 &&
    ["ADP", "DET", "NOUN", "PROPN", "ADJ", "CCONJ"].includes(tokens[i]!.pos)
  )
    i++;
  if (tokens[i]?.lemma !== "be" || tokens[i + 1]?.pos !== "VERB" || /ing$/.test(tokens[i + 1]!.text))
    return undefined;
  const modifiers = tokens.slice(from, i).map((t) => t.text);
  const after = phraseAfter(tokens, i + 2);
  return [...modifiers, tokens[i + 1]!.text, ...(after ? [after] : [])].join(" ");
}

/** Nouns that name a plan: a figure written as their value ("the plan of N people") is planned. */
export const PLAN_NOUNS = new Set(["plan", "target", "task", "goal", "quota"]);

/** "the annual plan (N …)", "the annual plan of N …": the plan's noun phrase, when the figure states it. */
export function planNamed(tokens: Token[], first: number): string | undefined {
  // "the annual plan (N households and M people)": a later item of the bracketed list states the
  // plan too, for what it counts.
  const open = bracketListOpening(tokens, first);
  if (open !== undefined) return planNamed(tokens, open + 1);
  const before = tokens[first - 1];
  if (before?.text !== "(" && before?.lemma !== "of") return undefined;
  if (!PLAN_NOUNS.has(tokens[first - 2]?.lemma ?? "")) return undefined;
  return chunkLeft(tokens, first - 1)?.text;
}

/** The longest list a bracket holds before its later item is read back ("N households and M people"). */
const BRACKET_LIST_MAX_TOKENS = 12;

/**
 * The "(" opening a bracketed list of figures the figure at `first` is a later item of ("(15,000
 * households and 63,800 people)"), when its first item is a figure right after the bracket; else
 * undefined.
 */
function bracketListOpening(tokens: Token[], first: number): number | undefined {
  const joiner = tokens[first - 1]?.lemma;
  if (joiner !== "and" && joiner !== ",") return undefined;
  for (let i = first - 2; i >= 0 && first - i <= BRACKET_LIST_MAX_TOKENS; i--) {
    const t = tokens[i]!;
    if (t.text === "(") return tokens[i + 1]?.pos === "NUM" ? i : undefined;
    if (!["NUM", "NOUN", "ADJ", "PROPN", "CCONJ", "PUNCT"].includes(t.pos) || t.text === ")")
      return undefined;
    if (t.pos === "PUNCT" && t.text !== ",") return undefined;
  }
  return undefined;
}

/**
 * "granted subsidies of N yuan per person to M students, totalling T yuan": a participle of a
 * linking verb right after the comma that closes an active clause totals what that clause's verb
 * gave: its object and the verb ("Subsidies granted"). Undefined when the clause has a passive verb,
 * no noun right after its verb, or a break (another comma, a semicolon) between verb and participle.
 */
export function activeTotalled(tokens: Token[], verbAt: number): string | undefined {
  const verb = tokens[verbAt]!;
  if (!/ing$/.test(verb.text) || !LINKING.has(verb.lemma) || tokens[verbAt - 1]?.text !== ",")
    return undefined;
  const acted = verbBefore(tokens, verbAt - 1);
  const actedVerb = tokens[acted];
  if (actedVerb?.pos !== "VERB" || !isPastParticiple(actedVerb)) return undefined;
  if (tokens[acted - 1]?.pos === "AUX") return undefined;
  if (tokens.slice(acted + 1, verbAt - 1).some((t) => t.pos === "PUNCT" && t.text !== "-")) return undefined;
  const object = tokens[acted + 1];
  if (!object || !["NOUN", "ADJ"].includes(object.pos)) return undefined;
  const phrase = chunkRight(tokens, acted + 1).text;
  if (!phrase) return undefined;
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} ${actedVerb.text}`;
}

/**
 * "X were hardened, totalling N km", "X was issued, amounting to N": the passive clause's subject
 * (to its first figure or "with" phrase) and its participle, when `verbAt` is an -ing form of a
 * linking verb right after the comma that closes that clause. Undefined for any other shape.
 */
export function passiveTotalled(tokens: Token[], verbAt: number): string | undefined {
  const verb = tokens[verbAt]!;
  if (!/ing$/.test(verb.text) || !LINKING.has(verb.lemma) || tokens[verbAt - 1]?.text !== ",")
    return undefined;
  const participle = tokens[verbAt - 2];
  const aux = tokens[verbAt - 3];
  if (!participle || !/ed$/.test(participle.text) || aux?.lemma !== "be" || aux.pos !== "AUX")
    return undefined;
  let start = verbAt - 3;
  while (start > 0 && !CLAUSE_PUNCT.has(tokens[start - 1]!.text)) start--;
  const subject: Token[] = [];
  for (let i = start; i < verbAt - 3; i++) {
    const t = tokens[i]!;
    if (t.pos === "NUM" || t.lemma === "with" || t.pos === "VERB" || t.pos === "AUX") break;
    subject.push(t);
  }
  const span = trimEdges(subject);
  if (!span.some((t) => t.pos === "NOUN")) return undefined;
  return `${span.map((t) => t.text).join(" ")} ${participle.text}`;
}
