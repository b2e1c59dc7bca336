// The subject of a verb as a label reads it: the noun phrase before the verb, with its modifiers,
// past asides, appositive lists and the report's own region; a pronoun stands for the sentence's topic.
import { isYearText } from "../text/years.js";
import { verbBefore } from "./label-clauses.js";
import {
  completesClauseBefore,
  abbreviationOpen,
  beforeApposition,
  CLAUSE_PUNCT,
  chunkRight,
  FILLERS,
  hyphened,
  isRegion,
  joinCapped,
  NOMINAL,
  PARTICLES,
  trimEdges,
  labelWithoutUnit,
} from "./label-phrases.js";
import { isPastParticiple } from "../text/participles.js";
import type { Token } from "./nlp.js";
import { NO_NOUN } from "./label-figure.js";
import { WRITTEN_UNIT } from "./units.js";

/**
 * Where the noun phrase of a fronted "Of the X," starts: past "the" and a count of its own ("Of the
 * 541,600 remaining poor people, 318,700 lived …": the count is the whole's figure, not its name).
 */
function frontedStart(tokens: Token[]): number {
  if (tokens[0]?.lemma !== "of") return -1;
  let i = 1;
  if (tokens[i]?.pos === "DET") i++;
  if (tokens[i]?.pos !== "NUM") return 1;
  while (tokens[i]?.pos === "NUM") i++;
  return i;
}

/** "Of the financial anti-poverty funds, N was …": the whole a sentence's parts belong to. */
export function frontedWhole(tokens: Token[]): string | undefined {
  const start = frontedStart(tokens);
  if (start < 0) return undefined;
  const np = chunkRight(tokens, start);
  // "Of the 1.2 billion yuan, …": a whole written as an amount alone names no thing; its unit is no noun.
  const unitOnly = np.text !== undefined && WRITTEN_UNIT.exec(np.text)?.[0].trim() === np.text.trim();
  return np.text && !unitOnly && tokens[np.end]?.text === "," ? np.text : undefined;
}

/**
 * "Of the 541,600 remaining poor people, 318,700 lived …": the whole's own count, written inside
 * the fronted phrase, is named by that phrase alone; the clause after the comma is its part's.
 * The phrase when the token at `first` is that count, undefined otherwise.
 */
export function frontedWholeCount(tokens: Token[], first: number): string | undefined {
  const start = frontedStart(tokens);
  if (start < 0 || first >= start || tokens[first]?.pos !== "NUM") return undefined;
  // "Of the 1.2 billion yuan, …": an amount alone is the whole of the money its clause splits.
  const amountOnly = /^(?:yuans?|rmb|cny)$/i.test(chunkRight(tokens, start).text ?? "");
  return frontedWhole(tokens) ?? (amountOnly ? `${NO_NOUN.money} (total)` : undefined);
}

/**
 * The plural noun a fronted whole counts ("Of the trainees, 96,200 received …": trainees): a
 * number with no noun of its own after such a whole counts what the whole counts.
 */
export function frontedWholeNoun(tokens: Token[]): string | undefined {
  const start = frontedStart(tokens);
  if (start < 0) return undefined;
  const np = chunkRight(tokens, start);
  const last = tokens[np.end - 1];
  if (!np.text || tokens[np.end]?.text !== "," || last?.pos !== "NOUN") return undefined;
  return last.text.toLowerCase() !== last.lemma ? last.text.toLowerCase() : undefined;
}

/** Relative pronouns that open a clause qualifying the noun before them. */
const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);

/** The subject before a verb: the noun phrase that ends just before it (adverbs skipped). */
export function subjectBefore(tokens: Token[], verbAt: number, region: string): string | undefined {
  let end = verbAt;
  while (end >= 2 && tokens[end - 1]!.lemma === "to" && tokens[end - 2]!.pos === "VERB") end -= 2;
  // "the towns built or rebuilt N km": active verbs joined by "or"/"and" share the subject before
  // the first. (Passive ones, "roads were built or upgraded", keep their own reading.)
  while (
    end >= 3 &&
    tokens[end - 1]!.pos === "CCONJ" &&
    tokens[end - 2]!.pos === "VERB" &&
    tokens[end - 3]!.pos !== "AUX"
  )
    end -= 2;
  while (end > 0 && (tokens[end - 1]!.pos === "ADV" || tokens[end - 1]!.pos === "AUX")) end--;
  // "164 units were paired with the counties …; they directly invested N": a pronoun subject stands
  // for the sentence's topic, the subject of its first verb.
  const pronoun = tokens[end - 1];
  if (pronoun?.pos === "PRON" && (pronoun.lemma === "they" || pronoun.lemma === "it")) {
    // "a supervision hotline was opened to the public; it received N": right after ";" a singular
    // "it" stands for the clause just before when that clause's subject is singular. ("They" keeps
    // the sentence's topic: "164 units were paired …, and 620 teams were stationed …; they invested".)
    const prior =
      pronoun.lemma === "it" && tokens[end - 2]?.text === ";"
        ? verbBefore(tokens.slice(0, end - 2), end - 2)
        : -1;
    const priorSubject = prior >= 0 ? subjectBefore(tokens, prior, region) : undefined;
    const singular = priorSubject && !/s$/i.test(labelWithoutUnit(priorSubject));
    if (priorSubject && singular && !isRegion(priorSubject, region)) return priorSubject;
    // The first verb with a tense: a participle opens an aside ("12 units, including the Bank of
    // China, helped …") or a phrase, and its subject is no topic of the sentence.
    const firstVerb = tokens.findIndex((t, k) => k < end - 1 && t.pos === "VERB" && !/ing$/i.test(t.text));
    return firstVerb >= 0 ? subjectBefore(tokens, firstVerb, region) : undefined;
  }
  // "The value of the packages donated in 2011 reached N": a year between the subject and its verb
  // dates the subject; it is not where the subject ends.
  while (end >= 2 && isYearText(tokens[end - 1]!.text) && tokens[end - 2]!.lemma === "in") end -= 2;
  end = beforeApposition(tokens, end);
  // "The income of farmers in the 62 key counties (including 39 national …) reached N": an aside in
  // brackets between the subject and its verb is no part of the subject's name (an abbreviation in
  // brackets is, and is read below).
  if (tokens[end - 1]?.text === ")" && abbreviationOpen(tokens, end - 1) < 0) {
    const open = tokens.slice(0, end - 1).findLastIndex((t) => t.text === "(");
    if (open > 0 && end - 1 - open <= 30) end = open;
  }
  // "Microcredit of N Yuan at discounted interest was granted": the subject is the noun before "of N".
  let floor = 0;
  for (let i = end - 1; i > 0 && i >= end - 8; i--) {
    // Not across a clause: "… of two projects and the provincial government allocated …".
    if (CLAUSE_PUNCT.has(tokens[i]!.text) || tokens[i]!.pos === "CCONJ") break;
    if (tokens[i]!.pos === "NUM") {
      let j = i;
      while (j > 0 && tokens[j - 1]!.pos === "NUM") j--;
      if (tokens[j - 1]?.lemma === "of" && FILLERS.has(tokens[j - 2]?.lemma ?? "")) {
        // "a total of N Yuan of anti-poverty funds was invested": the subject is what follows "of".
        const of = tokens.findIndex((t, k) => k > i && k < end && t.lemma === "of");
        if (of > 0) floor = of + 1;
      } else if (tokens[j - 1]?.lemma === "of" && NOMINAL.has(tokens[j - 2]?.pos ?? "")) end = j - 1;
      break;
    }
  }
  let start = end;
  // "the kits handed out": a participle's particle ends the subject like the participle would.
  if (
    tokens[end - 1]?.pos === "ADP" &&
    tokens[end - 2]?.pos === "VERB" &&
    isPastParticiple(tokens[end - 2]!) &&
    NOMINAL.has(tokens[end - 3]?.pos ?? "")
  )
    start = end - 2;
  let listComma = -1;
  // "The number of villages that actually completed the task reached N": a relative clause after the
  // head noun is inside the subject; the walk goes on from its relative pronoun.
  for (let relative = start; relative >= 0; relative = relativeClauseStart(tokens, start, floor)) {
    start = relative;
    while (start > floor) {
      const t = tokens[start - 1]!;
      // "This year the province trained …": a noun right before a determiner ends another phrase (a
      // fronted time adjunct); one noun phrase never runs "year the province".
      if (start < end && tokens[start]!.pos === "DET" && NOMINAL.has(t.pos)) break;
      // "The project financed by the Fund for X (FX) covered …": a name's abbreviation in brackets.
      const open = t.text === ")" ? abbreviationOpen(tokens, start - 1) : -1;
      if (open > 0) {
        start = open;
        continue;
      }
      // "N central organs, enterprises and institutions carried out …": a subject listed with commas
      // (the list closes with "and" before the verb).
      // Not a list of names ("in A County, B County and C County …"): those say where, not who.
      if (
        t.text === "," &&
        tokens[start - 2]?.pos === "NOUN" &&
        NOMINAL.has(tokens[start]?.pos ?? "") &&
        tokens.slice(start, end).some((x) => x.pos === "CCONJ") &&
        !tokens.slice(start, end).some((x) => x.pos === "VERB" || x.pos === "ADP")
      ) {
        if (listComma < 0) listComma = start;
        start--;
        continue;
      }
      // "the wage of those employed": a participle after a noun or after "those" ends the subject.
      // "the share actually allocated was N": an adverb may stand between the noun and its participle.
      const beforeParticiple = tokens[start - 2]?.pos === "ADV" ? start - 3 : start - 2;
      const trailingParticiple =
        start === end &&
        t.pos === "VERB" &&
        isPastParticiple(t) &&
        (NOMINAL.has(tokens[beforeParticiple]?.pos ?? "") || tokens[beforeParticiple]?.lemma === "those");
      const participleAdverb =
        t.pos === "ADV" &&
        start + 1 === end &&
        tokens[start]?.pos === "VERB" &&
        isPastParticiple(tokens[start]!) &&
        NOMINAL.has(tokens[start - 2]?.pos ?? "");
      // "farmers in the poverty-stricken counties": words hyphened together are one modifier, whatever
      // the tagger made of each ("stricken" a participle, "-" punctuation).
      const compound = start < end && hyphened(tokens, t.text === "-" ? start - 2 : start - 1);
      // "The central organs and enterprises carrying out fixed-point poverty alleviation in the
      // province invested N": a present participle after a noun (and its particle) is a reduced
      // relative inside the subject, whose head is the noun before it.
      const ingAfterNoun = (k: number) =>
        tokens[k]?.pos === "VERB" && /ing$/.test(tokens[k]!.text) && NOMINAL.has(tokens[k - 1]?.pos ?? "");
      const reducedRelative =
        start < end && (ingAfterNoun(start - 1) || (t.pos === "ADP" && ingAfterNoun(start - 2)));
      if (
        compound ||
        trailingParticiple ||
        participleAdverb ||
        reducedRelative ||
        t.lemma === "per" ||
        NOMINAL.has(t.pos) ||
        t.pos === "DET" ||
        t.pos === "PART" ||
        // "farmers' and herdsmen's cooperatives": owners joined by "and" own the one noun after both.
        (t.pos === "CCONJ" && tokens[start - 2]?.lemma === "'s" && NOMINAL.has(tokens[start]?.pos ?? "")) ||
        // "the new rural cooperative scheme": an adjective the tagger read as an adverb, inside the phrase.
        // So is one after a count ("the 3,409 relatively poor villages").
        (t.pos === "ADV" &&
          tokens[start]?.pos === "ADJ" &&
          ["DET", "NUM"].includes(tokens[start - 2]?.pos ?? "")) ||
        // "its monthly standard": after a possessive, a word before the noun modifies it, whatever its tag.
        (t.pos === "ADV" &&
          start < end &&
          NOMINAL.has(tokens[start]!.pos) &&
          isPossessive(tokens[start - 2])) ||
        // "income of farmers in the 43 key counties", "the rate of the scheme in poor areas": "in"
        // inside the noun phrase (after a noun), not "In 2011, …".
        (t.pos === "ADP" &&
          (t.lemma !== "in" ||
            ["DET", "NUM"].includes(tokens[start]?.pos ?? "") ||
            (NOMINAL.has(tokens[start]?.pos ?? "") && tokens[start - 2]?.pos === "NOUN")) &&
          start - 2 >= 0 &&
          (NOMINAL.has(tokens[start - 2]!.pos) ||
            // "the project financed by the bank": a participle's agent inside the subject.
            (t.lemma === "by" &&
              tokens[start - 2]!.pos === "VERB" &&
              isPastParticiple(tokens[start - 2]!) &&
              NOMINAL.has(tokens[start - 3]?.pos ?? "")))) ||
        // "the funds put in by governments at all levels amounted to N": a participle's particle
        // between it and its agent is inside the subject too (the agent is not the subject).
        (t.pos === "ADP" && particleBeforeAgent(tokens, start - 1)) ||
        // "Households signed up with the enterprises were N": a participle (and its particle) after
        // the head noun, with its own preposition phrase, is a reduced relative inside the subject.
        // Not "funds put into Anhui Province": the report's own region there says where, as below.
        (start < end &&
          reducedPassive(tokens, start - 1) &&
          !(
            t.pos === "ADP" &&
            isRegion(
              tokens
                .slice(start, end)
                .map((x) => x.text)
                .join(" "),
              region,
            )
          )) ||
        (t.lemma === "by" && particleBeforeAgent(tokens, start - 2)) ||
        (t.pos === "NUM" &&
          (NOMINAL.has(tokens[start]?.pos ?? "") ||
            (tokens[start]?.pos === "ADV" && tokens[start + 1]?.pos === "ADJ"))) ||
        (t.pos === "CCONJ" &&
          NOMINAL.has(tokens[start - 2]?.pos ?? "") &&
          NOMINAL.has(tokens[start]?.pos ?? "") &&
          !completesClauseBefore(tokens, start - 2)) ||
        (t.pos === "VERB" &&
          isPastParticiple(t) &&
          ((NOMINAL.has(tokens[start]?.pos ?? "") &&
            ["ADP", "DET", "NUM"].includes(tokens[start - 2]?.pos ?? "")) ||
            (tokens[start]?.lemma === "by" && NOMINAL.has(tokens[start - 2]?.pos ?? "")) ||
            particleBeforeAgent(tokens, start)))
      )
        start--;
      else break;
    }
  }
  // "In addition, A and B …": a list's first item runs up to a preposition, so it was no list.
  if (listComma >= 0 && tokens[start - 1]?.pos === "ADP") start = listComma;
  // "… in A County, B County and C County involved N villages": names that end a list or follow
  // "in" say where the subject acted; the subject itself is further back, so none is read.
  const names = tokens.slice(start, end).filter((t) => t.pos !== "DET");
  if (
    names.length > 0 &&
    names.every((t) => t.pos === "PROPN" || t.pos === "CCONJ") &&
    names.some((t) => t.pos === "CCONJ") &&
    (tokens[start - 1]?.text === "," || tokens[start - 1]?.lemma === "in")
  )
    return undefined;
  // "the funds of all sources invested in Hebei Province totaled N": the report's own region after a
  // participle's preposition says where, not what; the subject is the noun phrase the participle
  // follows. An irregular participle counts too ("the funds put into Shanxi Province totaled N").
  if (
    start > 3 &&
    tokens[start - 1]!.pos === "ADP" &&
    tokens[start - 2]!.pos === "VERB" &&
    isPastParticiple(tokens[start - 2]!) &&
    NOMINAL.has(tokens[start - 3]!.pos) &&
    isRegion(
      tokens
        .slice(start, end)
        .map((t) => t.text)
        .join(" "),
      region,
    )
  )
    return subjectBefore(tokens, start - 1, region);
  // A number inside the subject is another figure's ("the 43 key counties"): the label leaves it out.
  const whole = tokens.slice(start, end);
  let span = whole.filter((t) => t.pos !== "NUM");
  // "2,310 km were hardened": a subject that was a figure leaves only its unit, which names nothing.
  if (span.length <= 1 && whole.length > span.length) return undefined;
  // "Henan Province's anti-poverty funds": the report's own region is scope, not part of the name.
  const possessive = span.findIndex((t) => t.pos === "PART" && /^['’]s$/.test(t.text));
  if (
    possessive >= 0 &&
    isRegion(
      span
        .slice(0, possessive)
        .map((t) => t.text)
        .join(" "),
      region,
    )
  )
    span = span.slice(possessive + 1);
  // "the special funds for poverty alleviation of Heilongjiang Province": the report's own region
  // after "of" at the end is scope too (a question's "provincial" names a level of government, not it).
  const ofAt = span.findLastIndex((t) => t.lemma === "of");
  if (
    ofAt > 0 &&
    span.slice(ofAt + 1).some((t) => t.pos === "PROPN") &&
    isRegion(
      span
        .slice(ofAt + 1)
        .map((t) => t.text)
        .join(" "),
      region,
    )
  )
    span = span.slice(0, ofAt);
  // "The" stays ("by the provincial government"); tidy() drops it where the phrase starts a label.
  const the = span[0]?.lemma === "the" ? span[0] : undefined;
  span = trimEdges(span);
  if (span.length === 0 || span.every((t) => t.pos === "PRON" || t.pos === "DET")) return undefined;
  const phrase = joinCapped(the && span[0] !== the ? [the, ...span] : span);
  // "The scheme covered N people, and its monthly standard was raised to M": "its" stands for the
  // subject of the clause before, which owns the phrase ("monthly standard of the scheme").
  if (isPossessive(tokens[start - 1]) && start - 1 > 0) {
    const before = tokens.slice(0, start - 1).findLastIndex((t) => t.pos === "VERB");
    const owner = before > 0 ? subjectBefore(tokens, before, region) : undefined;
    if (owner && !isRegion(owner, region) && !/^(?:its|their)\b/i.test(owner))
      return `${phrase} of ${owner.replace(/^The\b/, "the")}`;
  }
  return phrase;
}

const isPossessive = (t: Token | undefined) =>
  t?.pos === "PRON" && (t.lemma === "its" || t.lemma === "their");

/** Words of a relative clause's verb group: "that (have) (actually) completed". */
const VERB_GROUP = new Set(["VERB", "AUX", "ADV", "PART"]);

/**
 * Where the relative clause that `start` (the subject walk's stop) follows the verb of opens: the
 * relative pronoun after a noun ("villages | that actually completed | the task"), or -1. Only a
 * verb group may stand between the pronoun and the words already read.
 */
function relativeClauseStart(tokens: Token[], start: number, floor: number): number {
  let k = start - 1;
  let verb = false;
  while (k > floor && VERB_GROUP.has(tokens[k]!.pos) && !RELATIVE_PRONOUNS.has(tokens[k]!.lemma)) {
    verb ||= tokens[k]!.pos === "VERB";
    k--;
  }
  const pronoun = tokens[k];
  return verb && k > floor && pronoun && RELATIVE_PRONOUNS.has(pronoun.lemma) && tokens[k - 1]?.pos === "NOUN"
    ? k
    : -1;
}

/**
 * "Households signed up with the enterprises were N", "farmers trained in the counties": whether
 * the token at `i` is a word of a reduced passive relative after the subject's head noun (its past
 * participle, a particle, or the preposition opening its phrase), read right to left by subjectBefore.
 * Not "by": an agent is particleBeforeAgent's.
 */
export function reducedPassive(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // The participle right after the head noun ("Households signed …").
  const participleAt = (k: number) =>
    tokens[k]?.pos === "VERB" &&
    isPastParticiple(tokens[k]!) &&
    ["NOUN", "PROPN"].includes(tokens[k - 1]?.pos ?? "");
  const particleAt = (k: number) => PARTICLES.has(tokens[k]?.lemma ?? "") && participleAt(k - 1);
  const prepositionAt = (k: number) =>
    tokens[k]?.pos === "ADP" && tokens[k]!.lemma !== "by" && (participleAt(k - 1) || particleAt(k - 1));
  const particle = PARTICLES.has(t.lemma) && participleAt(i - 1);
  if (!prepositionAt(t.pos === "VERB" || particle ? i + 1 : i)) return false;
  return t.pos === "ADP" || particle || participleAt(i);
}

/**
 * "funds put in by governments": `i` is a particle ("in", "out", "up" …: a one-word preposition)
 * between a past participle that follows a noun and the "by" of its agent.
 */
export function particleBeforeAgent(tokens: Token[], i: number): boolean {
  const verb = tokens[i - 1];
  return (
    tokens[i]?.pos === "ADP" &&
    tokens[i + 1]?.lemma === "by" &&
    verb?.pos === "VERB" &&
    isPastParticiple(verb) &&
    NOMINAL.has(tokens[i - 2]?.pos ?? "")
  );
}
