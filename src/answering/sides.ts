// The two sides of a question about two figures (a sum, a difference, a comparison), as written:
// one thing in two years ("in 2010 and 2011"), or two places or means after the same preposition
// ("built in A or in B"), where the words before the preposition apply to both sides.
import { IRREGULAR_PARTICIPLES } from "../text/participles.js";
import { YEAR } from "../text/years.js";
import { escapeRegExp } from "../util/regexp.js";

const YEAR_WORD = new RegExp(String.raw`\b${YEAR}\b`);
// A year alone, or with a word that stands for the thing named on the other side ("the 2010 one"),
// or a quantity word and a preposition before it ("the sum for the 2009 trials", "for the 2009
// projects"): the side names no thing of its own, only its year. A word after the year that the
// other side writes after its own year ("the 2011 counties" / "for the 2010 counties") is theirs too.
const BARE_YEAR = new RegExp(
  String.raw`^(?:the\s+(?:amount|figure|total|sum|number|one|ones|level)\s+)?(?:(?:in|for|of|from|on)\s+)?(?:the\s+)?(${YEAR})(?:\s+([a-z]+))?$`,
);
const STANDS_FOR_THING = /^(?:one|ones|figure|total|amount|pilots?|projects?)$/;
/** The year of a side that names only its year, given the other side; undefined: it names more. */
function bareYear(side: string, other: string): string | undefined {
  const m = BARE_YEAR.exec(side.trim());
  if (!m) return undefined;
  const [, year, word] = m;
  const otherYear = yearOfSide(other);
  if (!word || STANDS_FOR_THING.test(word)) return year;
  return otherYear && new RegExp(String.raw`\b${otherYear}\s+${word}\b`).test(other) ? year : undefined;
}

// A first side that ends in its year ("… in the 2010"), and a second that opens with its own ("2011
// pilot counties"): the words after the second year are what both years modify.
const YEARS_JOINED = new RegExp(String.raw`^(.*\b)(${YEAR})$`);
const YEAR_LEADS = new RegExp(String.raw`^(${YEAR})\s+(.+)$`);
// "the 2010 one in Henan": a year with a pronoun for the other side's thing, and words that follow.
const YEAR_ONE = new RegExp(String.raw`^(?:the\s+)?(${YEAR})\s+(?:one|ones)\b`);

/** The first year a side names ("the 2011 projects" → "2011"), if any. */
export const yearOfSide = (side: string) => YEAR_WORD.exec(side)?.[0];
const YEAR_WORDS = new RegExp(YEAR_WORD.source, "g");
/** Every year a text names, in order. */
export const yearsIn = (text: string) => [...text.matchAll(YEAR_WORDS)].map((m) => Number(m[0]));

// "X in <year> and <year>": a bare year on one side means the same thing in that year.
export function sameThingInTwoYears(left: string, right: string): { left: string; right: string } {
  const r = bareYear(right, left);
  if (r && YEAR_WORD.test(left)) return { left, right: left.replace(YEAR_WORD, r) };
  const l = bareYear(left, right);
  if (l && YEAR_WORD.test(right)) return { left: right.replace(YEAR_WORD, l), right };
  // "X in the 2010 and 2011 pilot counties": two years joined before the words they both modify.
  const joined = YEARS_JOINED.exec(left.trim());
  const then = YEAR_LEADS.exec(right.trim());
  if (joined && then)
    return { left: `${joined[1]}${joined[2]} ${then[2]}`, right: `${joined[1]}${then[1]} ${then[2]}` };
  // "the planned 2011 investment than the 2010 one in Henan": "one" stands for the first side's thing.
  const one = YEAR_ONE.exec(right.trim());
  // Words after it ("in Henan") are no side's own: left out of both, they are shared.
  if (one && YEAR_WORD.test(left)) return { left, right: left.replace(YEAR_WORD, one[1]!) };
  return { left, right };
}

// "[households supported] by A and by B": when the second side opens with a preposition the first
// side has too, the first side is what follows that preposition; the words before it (`common`)
// apply to both, and the sides name places or means, not what is measured (`alike`).
const PREPOSITIONS = "by|for|from|in|into|under|through|via|to|towards?|with|on|at|among|across";
const SIDE_PREPOSITION = new RegExp(String.raw`^(${PREPOSITIONS})\s+`);
// "the one / that / those from B": the pronoun stands for what the first side measures.
const STANDS_FOR_HEAD = new RegExp(
  String.raw`^(?:the\s+)?(?:one|ones|that|those)\s+(?=(?:${PREPOSITIONS})\s)`,
);
/**
 * "More bridges in A or under B": the counted noun after the comparative is what both sides count,
 * and the sides are the phrases after their own prepositions, which may differ ("in the project
 * counties" / "under the village programme"). Only a noun phrase that `counts` (a count unit) is
 * taken as shared, and the left side's first preposition is where its own words begin.
 */
const FIRST_PREPOSITION = new RegExp(String.raw`\s(${PREPOSITIONS})\s+`);
export function countedBeforeSides(
  left: string,
  right: string,
  counts: (phrase: string) => boolean,
): { left: string; right: string; common: string } | undefined {
  const prep = SIDE_PREPOSITION.exec(right);
  const first = FIRST_PREPOSITION.exec(` ${left}`);
  if (!prep || !first) return undefined;
  const common = ` ${left}`.slice(0, first.index).trim();
  if (!common || !counts(common)) return undefined;
  const own = ` ${left}`.slice(first.index + first[0].length).trim();
  const theirs = right.slice(prep[0].length).trim();
  return own && theirs ? { left: own, right: theirs, common } : undefined;
}

export function parallelSides(
  left: string,
  right: string,
): { left: string; right: string; common: string; alike: boolean } {
  right = right.replace(STANDS_FOR_HEAD, "");
  const prep = SIDE_PREPOSITION.exec(right)?.[1];
  const at = prep ? ` ${left}`.lastIndexOf(` ${prep} `) : -1;
  if (!prep || at < 0) return { left, right, common: "", alike: false };
  return {
    left: ` ${left}`.slice(at + prep.length + 2),
    right: right.slice(prep.length + 1),
    common: ` ${left}`.slice(0, at).trim(),
    alike: true,
  };
}

// "[jobs found] inside the county or outside it": a second side of a preposition and a pronoun names
// the same thing as the first side's last preposition's object, and the words before that
// preposition apply to both.
const PLACE_PREPOSITIONS =
  "in|inside|outside|within|beyond|into|out of|on|at|from|to|for|by|under|over|above|below|across|near";
const PRONOUN_SIDE = new RegExp(String.raw`^(${PLACE_PREPOSITIONS})\s+(?:it|them)$`);
const LAST_PLACE_PHRASE = new RegExp(
  String.raw`^(.*?)\s*\b(?:${PLACE_PREPOSITIONS})\s+((?:(?!\b(?:${PLACE_PREPOSITIONS})\s).)+)$`,
);
/** The sides of "A <prep> X or <prep'> it" as "<prep> X" and "<prep'> X", with A shared; else undefined. */
export function pronounObjectSides(
  left: string,
  right: string,
): { left: string; right: string; common: string } | undefined {
  const pronoun = PRONOUN_SIDE.exec(right.trim());
  const phrase = LAST_PLACE_PHRASE.exec(left.trim());
  if (!pronoun || !phrase || !phrase[2]!.trim()) return undefined;
  const object = phrase[2]!.trim();
  return {
    left: left.trim().slice(phrase[1]!.length).trim(),
    right: `${pronoun[1]} ${object}`,
    common: phrase[1]!.trim(),
  };
}

// "Issued in total through small loans and mutual funds": one preposition of means or source before
// the first side governs both; the words before it (what was issued) apply to both sides.
const MEANS_PREPOSITION = /\s(?:through|via|by|from|under)\s+(?!.*\s(?:through|via|by|from|under)\s)/;
/** The first side of "… through A and B" as A alone, when the second side has no preposition of its own. */
export function sideAfterPreposition(left: string, right: string): string {
  if (SIDE_PREPOSITION.test(right)) return left;
  const m = MEANS_PREPOSITION.exec(` ${left}`);
  if (!m) return left;
  const own = ` ${left}`.slice(m.index + m[0].length).trim();
  return own || left;
}

/**
 * "Did more person-times get vocational education or practical training?": after the comparative
 * the left side opens with what both sides count and its verb ("person-times get"), and the sides
 * are the verb's objects, the right one a bare noun phrase. `tag` gives each word's part of speech.
 */
const NOUN_PHRASE = new Set(["NOUN", "PROPN", "ADJ", "PUNCT"]);
export function subjectVerbBeforeSides(
  left: string,
  right: string,
  tag: (text: string) => { text: string; pos: string }[],
): { left: string; right: string; common: string } | undefined {
  const words = tag(left);
  let i = 0;
  while (i < words.length && NOUN_PHRASE.has(words[i]!.pos)) i++;
  if (i === 0 || i >= words.length - 1 || words[i]!.pos !== "VERB") return undefined;
  if (!tag(right).every((t) => NOUN_PHRASE.has(t.pos) || t.pos === "ADP" || t.pos === "DET"))
    return undefined;
  // The verb ends the shared words; the left side is what follows it, as written.
  const verb = words[i]!.text;
  const at = left.search(new RegExp(String.raw`(?:^|\s)${escapeRegExp(verb)}(?:\s|$)`));
  if (at < 0) return undefined;
  const common = left.slice(0, at).trim();
  const own = left.slice(at).trim().slice(verb.length).trim();
  return common && own ? { left: own, right, common: `${common} ${verb}` } : undefined;
}

// "the number repaired", "the amount spent on roads", "the number who found work": a quantity
// word with no "of <thing>" after it, only what happened to it. Such a side leaves its thing to the
// other side ("the number of wells the county dug exceeded the number repaired": wells of that
// county repaired).
const ELLIPTICAL_SIDE = new RegExp(
  String.raw`^(?:the\s+)?(?:number|amount|sum|total|figure|count|ones?|those)\s+(?:(?:who|that|which)\s+[a-z]+|(?:[a-z]{3,}ed|${[...IRREGULAR_PARTICIPLES].join("|")})\b)`,
);
/** Whether a side names only what happened to a quantity, leaving the thing to the other side. */
export const isEllipticalSide = (side: string) => ELLIPTICAL_SIDE.test(side.trim());
/**
 * Whether one side of two is elliptical and the other names its own thing: then the elliptical
 * side's figure is the named side's thing, and so of its section, before any other's.
 */
export const borrowsOtherSide = (left: string, right: string) =>
  isEllipticalSide(left) !== isEllipticalSide(right);
