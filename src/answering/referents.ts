// "The sixth World Bank poverty reduction project covered 11 counties. By November, the project had
// completed 213.6 million Yuan, … in 180 of the 204 project villages.": "the project" names again
// what the sentence before named in full. A figure of the second sentence is about the World Bank
// project though its sentence never says so; the words the first sentence put before the noun are
// the referent's, searched as the figure's sentence is.
import { sectionKey } from "../knowledge/section-key.js";
import { BoundedMemo } from "../util/bounded-memo.js";
import { getOrInsertComputed } from "../util/maps.js";
import { NearestEarlier } from "../util/nearest-earlier.js";

type Section = { report: string; title: string; sentences: readonly string[] };

// "the project had …", "the programme was …": a definite noun as a clause's subject, before a verb.
const DEFINITE_SUBJECT = /\b[Tt]he ([a-z]+) (?:had|has|have|was|were|is|are|also|then|[a-z]+ed)\b/g;
const MAX_MODIFIERS = 6;

/** The referent words of each sentence that names again a noun the sentence before named in full, by section and sentence. */
export function referentsOf(sections: readonly Section[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sections) {
    const earlier = lookBack(s.sentences);
    s.sentences.forEach((sentence, i) => {
      const before = s.sentences[i - 1];
      if (!before) return;
      const words = [
        ...[...sentence.matchAll(DEFINITE_SUBJECT)].flatMap((m) => {
          const named = namedInFull(m[1]!).exec(before);
          return named ? [named[1]!.trim()] : [];
        }),
        ...phrasesNamedBefore(sentence, before),
      ];
      // An owner or speaker the nearer rules already gave is not given twice.
      const said = words.join(" ");
      for (const name of [...earlier.owners(i), ...earlier.speakers(sentence, i)])
        if (!said.includes(name)) words.push(name);
      if (words.length > 0) out.set(referentKey(s.report, s.title, sentence), words.join(" "));
    });
  }
  return out;
}

// The pattern of a noun named in full, built once per noun: the same subjects ("the project", "the
// programme") recur in sentence after sentence.
const NAMED_IN_FULL_KEPT = 4096;
const namedInFullMemo = new BoundedMemo<string, RegExp>(NAMED_IN_FULL_KEPT);
const namedInFull = (noun: string) =>
  getOrInsertComputed(
    namedInFullMemo,
    noun,
    () => new RegExp(String.raw`\b[Tt]he ((?:[\w’'-]+ ){1,${MAX_MODIFIERS}}?)${noun}\b`),
  );

// "… donate care packages for the students of impoverished regions. The total value of the care
// packages donated …": a definite phrase of several words the sentence before wrote too, where it
// said whom or what for; those prepositional phrases after it are the referent's.
const DEFINITE_PHRASE = /\b[Tt]he (?=([a-z]+ [a-z]+(?: [a-z]+)?)\b)/g;
const PREPOSITION = "(?:for|of|in|to|from|on|at|with|under|by)";
const NOT_NOUN = String.raw`(?:${PREPOSITION}|and|or|which|that|who|was|were|is|are|had|has|[0-9][\w.,]*)\b`;
// Each phrase: a preposition, an optional article and up to four words that are not a preposition,
// a conjunction, a verb of being or a number.
const PREPOSITIONAL_TAIL = new RegExp(
  String.raw`^(?: ${PREPOSITION} (?:the |a |an )?(?!${NOT_NOUN})[\w’'-]+(?: (?!${NOT_NOUN})[\w’'-]+){0,3})+`,
);
function phrasesNamedBefore(sentence: string, before: string): string[] {
  return [...sentence.matchAll(DEFINITE_PHRASE)].flatMap((m) => {
    const words = m[1]!.split(" ");
    // The longest front of the phrase (two words at least) the sentence before wrote.
    for (let n = words.length; n >= 2; n--) {
      const phrase = ` ${words.slice(0, n).join(" ")}`;
      const at = before.indexOf(phrase);
      if (at < 0) continue;
      const tail = PREPOSITIONAL_TAIL.exec(before.slice(at + phrase.length));
      return tail ? [tail[0].trim()] : [];
    }
    return [];
  });
}

// A proper name: capitalised words in a row, "of" or "and" allowed between them ("Poverty Alleviation
// Office of Henan"); a leading "The" is the sentence's, not the name's.
const PROPER_NAME = /\b[A-Z][\w’'-]*(?: (?:of |and )?[A-Z][\w’'-]*)+/g;
const properNames = (text: string) =>
  [...text.matchAll(PROPER_NAME)].map((m) => m[0].replace(/^The /, "")).filter((n) => n.includes(" "));

// "… passed two project inspections of the World Bank. … the relevant work was done in 239 of the
// 251 project villages.": a definite phrase ("the 251 project villages") whose noun an earlier
// sentence of the section wrote with its owner's name, before it ("the Rain Plan training work") or
// after "of the" ("project inspections of the World Bank"), is that owner's: the section speaks of
// one owner's project all along and names it once. The nearest earlier sentence that names one wins.
const DEFINITE_NOUNS = /\b[Tt]he (?:[0-9][\d.,]* )?((?:[a-z]+ ){0,2}[a-z]+)\b/g;
// The nouns whose owners are looked for are words of four letters or more ("the 120 programme towns":
// "programme", "towns"; not "new").
const MIN_NOUN_LENGTH = 4;
const MAX_BETWEEN = 3;
// The two owner patterns of a noun, built once per noun: every sentence of every section asks for
// its nouns' patterns when the index is built, and the same nouns recur across sections and reports.
const OWNER_PATTERNS_KEPT = 4096;
const ownerPatternMemo = new BoundedMemo<string, [RegExp, RegExp]>(OWNER_PATTERNS_KEPT);
const ownerPatterns = (noun: string) =>
  getOrInsertComputed(ownerPatternMemo, noun, (): [RegExp, RegExp] => [
    new RegExp(String.raw`((?:[A-Z][\w’'-]* )+)(?:[a-z][\w’'-]* ){0,${MAX_BETWEEN}}${noun}\b`),
    new RegExp(String.raw`\b${noun}(?: [a-z][\w’'-]*){0,2} of the ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)`),
  ]);
/** The owner an earlier sentence wrote with a noun, or undefined (a name is two words at least). */
function ownerIn(sentence: string, noun: string): string | undefined {
  return ownerPatterns(noun)
    .map((pattern) =>
      pattern
        .exec(sentence)?.[1]
        ?.trim()
        .replace(/^The\b ?/, ""),
    )
    .find((name) => name?.includes(" "));
}

// "The website of the Provincial Poverty Alleviation Office uploaded 400 pieces. Meanwhile, we
// printed 32 reports.": "we" is the body that wrote the report, and the section named it earlier as
// an actor; its name is the figure's actor too. The nearest earlier sentence's names are taken.
const FIRST_PERSON = /\b[Ww]e\b/;
const SPEAKER = "speaker";

/** The nouns of a sentence's definite phrases whose owners are looked for, in the order written. */
const definiteNouns = (sentence: string) =>
  new Set(
    [...sentence.matchAll(DEFINITE_NOUNS)]
      .flatMap((m) => m[1]!.split(" "))
      .filter((w) => w.length >= MIN_NOUN_LENGTH),
  );
// Both owner patterns need the noun as a whole word (a space or a word's edge before it, a word's
// edge after it), so only the sentences that have it as a word can name its owner. The nouns asked
// are lower-case words of MIN_NOUN_LENGTH letters or more.
const NOUN_WORD = new RegExp(String.raw`\b[a-z]{${MIN_NOUN_LENGTH},}\b`, "g");

/**
 * The owner and speaker look-backs of one section. Each sentence asks them in order; each earlier
 * sentence is searched at most once per noun (and once for a speaker), so a section costs time in
 * proportion to its length, not to its square.
 */
function lookBack(sentences: readonly string[]) {
  const nounsOf = sentences.map(definiteNouns);
  // The sentences that have each noun some sentence of the section asks about; other words are not kept.
  const withWord = new Map<string, number[]>();
  for (const nouns of nounsOf) for (const noun of nouns) withWord.set(noun, []);
  sentences.forEach((sentence, i) => {
    for (const word of sentence.match(NOUN_WORD) ?? []) {
      const list = withWord.get(word);
      if (list && list[list.length - 1] !== i) list.push(i);
    }
  });
  const every = sentences.map((_, i) => i);
  const ownerOf = new NearestEarlier<string, string>(
    (noun) => withWord.get(noun) ?? [],
    (noun, i) => ownerIn(sentences[i]!, noun),
  );
  const speakerOf = new NearestEarlier<string, string[]>(
    () => every,
    (_, i) => {
      const names = properNames(sentences[i]!);
      return names.length > 0 ? names : undefined;
    },
  );
  return {
    /** The owner the nearest earlier sentence wrote with the first of this sentence's definite nouns that has one. */
    owners(i: number): string[] {
      for (const noun of nounsOf[i]!) {
        const owner = ownerOf.before(noun, i);
        if (owner) return [owner];
      }
      return [];
    },
    /** The names of the nearest earlier sentence that has any, when this sentence says "we". */
    speakers(sentence: string, i: number): string[] {
      return FIRST_PERSON.test(sentence) ? (speakerOf.before(SPEAKER, i) ?? []) : [];
    },
  };
}

export const referentKey = (report: string, section: string, sentence: string) =>
  `${sectionKey(report, section)}\u0000${sentence}`;
