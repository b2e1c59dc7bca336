// "How many <noun> …", "what was the <noun> …": when the thing asked about is a noun the report
// never uses, no figure or sentence of the report is about it, however well the rest matches, and
// the reply says so ("The report has nothing on “tuition”").
import { QUANTITY_NOUNS, stem } from "../text/words.js";
import { isEnglishWord } from "./background.js";
import type { QueryTerm } from "./rank.js";
import { salience } from "./register.js";
import { namesMoney, type Question } from "./understand.js";
import { PLAN_NOUNS } from "./plan-words.js";
import { namesOneSex } from "./one-sex.js";

const QUESTION_WORDS =
  "how many|number of|what (?:was|were|is|are) the|what's the|how (?:much|big|large) (?:was|were|is|are) the";
// "What was Henan's X" (a possessive in the article's place) and "what X did Henan use" (the thing
// right after "what", before the question's verb) name a thing as "what was the X" does. Not in a
// names question (below).
const AUXILIARY = "was|were|is|are|did|does|do|has|have|had|can|could|will|would";
const BARE_WHAT = `what(?! (?:${AUXILIARY})\\b)`;
const BARE_WHAT_AT_START = new RegExp(`^${BARE_WHAT} `);
// "What amenities were built", "what booklets did it print": a plural after a bare "what" asks for
// the things of a kind (libraries, clinics), which a report names without the kind's word.
const PLURAL = /[^su]s$/;
const THING_AFTER_POSSESSIVE = `what (?:was|were|is|are) [a-z]+['’]s`;
const THING_AFTER_WHAT = String.raw`${BARE_WHAT}(?= (?:[a-z][a-z-]* ){1,3}(?:did|does|do|was|were|is|are|has|have|had)\b)`;
const THING_WORDS = String.raw`\s+((?:[a-z][a-z-]*\s*){1,7})`;
const thingPattern = (words: string) => new RegExp(String.raw`\b(?:${words})${THING_WORDS}`);
// "How much subsidy did …" names its thing right after "how much" too; but an unknown word there is
// often the question's own word for a measure the report words otherwise ("how much floor space"),
// so only a thing looked for among the report's own labels is read this way.
const AFTER_MUCH =
  "how much(?= (?!(?:was|were|is|are|did|do|does|has|have|had|more|less|of|in|on|for|to|per|each|every|the|a|an)\\b)[a-z])";
// "How much did X spend on <thing>", "how much was invested in <thing>": the money asked for is of
// the thing its spending verb is on, which names it as "what was the cost of <thing>" does.
const SPENT_ON = `how much (?:money |funding )?(?:(?:did|does|do|has|have|had) (?:[a-z'’-]+ ){1,4}?(?:spend|invest|allocate|put|use)|(?:was|were|has been|had been) (?:spent|invested|allocated|put|used)) (?:on|in|into|for)`;
const PATTERNS = {
  names: { asked: thingPattern(QUESTION_WORDS), orMuch: thingPattern(`${QUESTION_WORDS}|${AFTER_MUCH}`) },
  thing: {
    asked: thingPattern(`${QUESTION_WORDS}|${THING_AFTER_POSSESSIVE}|${THING_AFTER_WHAT}|${SPENT_ON}`),
    orMuch: thingPattern(`${QUESTION_WORDS}|${THING_AFTER_POSSESSIVE}|${AFTER_MUCH}`),
  },
};
const patternsFor = (q: Question) => (q.asksNames ? PATTERNS.names : PATTERNS.thing);

const COUNTED = /^(?:how many|number of)\b/;
const HOW_MANY = /^how many\b/;
/** The words after the question word among which the thing asked about is found. */
const HEAD_WINDOW = 4;
const COMPUTED_NOUN = /^(?:total|totals|average|averages|sum|difference|gap)$/;
const PLAN_NOUN = new RegExp(`^${PLAN_NOUNS}$`);
// The reports' words for how a figure changed.
const CHANGE_STEMS = new Set(
  ["increase", "growth", "rise", "decrease", "decline", "fall", "drop", "reduction"].map(stem),
);

// Nouns that can stand for anything at all: they name no thing of their own.
const GENERAL_NOUN = /^(?:things?|stuff|ones?|bits?|lots?|kinds?|sorts?|types?|ways?|parts?|pieces?)$/;
// A noun this common in everyday English is a placeholder ("things", "stuff"), not a topic.
const PLACEHOLDER_SALIENCE = 0.1;

// "How many of the <members> were <Y>": a part of a known whole picked out by what its members
// are, said at the end of the question (not "in how many of the <places> was <a clause>"). When the report never uses the words for that, it does not count that part, and the whole
// is no answer.
const PART_BY_PREDICATE =
  /\bhow many of (?:the |its |their |these |those )?.+? (?:were|are|was|is) ((?:[a-z][a-z-]*\s*){1,2})[?.!\s]*$/;
const NAMING_OR_DESCRIBING = new Set(["NOUN", "PROPN", "ADJ"]);

/** The noun a question asks about when the reports never use it (quoted for the reply); else undefined. */
export function unknownSubject(q: Question, terms: QueryTerm[]): string | undefined {
  return unknownPart(q, terms) ?? unknownThing(q, terms);
}

function unknownPart(q: Question, terms: QueryTerm[]): string | undefined {
  const m = PART_BY_PREDICATE.exec(q.english);
  if (!m) return undefined;
  const unknown = new Set(
    terms.filter((t) => t.term.startsWith("?") && t.alts.length === 0).map((t) => t.term),
  );
  const roles = q.roles();
  const word = m[1]!
    .trim()
    .split(/\s+/)
    .find(
      (w) => unknown.has(`?${stem(w)}`) && isEnglishWord(w) && NAMING_OR_DESCRIBING.has(roles.get(w) ?? ""),
    );
  return word ? `“${word}”` : undefined;
}

// The words after the question word, and where the thing asked about (the head of the first run of
// nouns among the first HEAD_WINDOW words: adjective noun [noun] verb …) stands among them.
function thingPhrase(
  q: Question,
  asked = patternsFor(q).orMuch,
): { m: RegExpExecArray; words: string[]; last: number } | undefined {
  const m = asked.exec(q.english);
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  const roles = q.roles();
  // "person-times", "work-relief": the tagger reads a hyphened word in its parts; the last is its head.
  const role = (w: string) => roles.get(w) ?? (w.includes("-") ? roles.get(w.split("-").at(-1)!) : undefined);
  const isNoun = (w: string | undefined) => w !== undefined && ["NOUN", "PROPN"].includes(role(w) ?? "");
  const first = words.slice(0, HEAD_WINDOW).findIndex(isNoun);
  if (first < 0) return undefined;
  // The run starts within the window and runs on past it: "the total of small poverty alleviation
  // loans" is about loans, not the word the window cuts at.
  let last = first;
  while (isNoun(words[last + 1])) last++;
  // "the official rural poverty line", "the annual average income": the tagger reads a modifier
  // before an adjective as a noun, but a phrase that runs on through adjectives to a noun is
  // headed by that noun ("line", "income"), not by the modifier the run stopped at.
  for (let j = last + 1; role(words[j] ?? "") === "ADJ"; j++) {
    if (!isNoun(words[j + 1])) continue;
    last = j + 1;
    while (isNoun(words[last + 1])) last++;
    j = last;
  }
  // "The mechanism Henan improved", "the roads Gansu built": a place the question names, with a verb
  // right after it, is the subject of a clause that says which thing, not the thing's head.
  const places = new Set((q.regions ?? []).flatMap((r) => r.toLowerCase().split(/\s+/)));
  if (last > first && places.has(words[last]!) && role(words[last + 1] ?? "") === "VERB") last--;
  // Past the window only a plural heads the run: a singular there may be the clause's verb the
  // tagger read as a noun ("pilot villages increase compared with …").
  while (last >= HEAD_WINDOW && !PLURAL.test(words[last]!)) last--;
  const rest = [...words.slice(last + 1), ...q.english.slice(m.index + m[0].length).split(/\s+/)];
  if (HOW_MANY.test(m[0]) && verbReadAsNoun(words, first, last, rest, role)) last--;
  if (BARE_WHAT_AT_START.test(m[0]) && PLURAL.test(words[last]!)) return undefined;
  return { m, words, last };
}

/**
 * "How many staff work in the offices?": the tagger reads "staff work" as one run of nouns, but a
 * question's clause needs a verb, and none follows the run. A singular word ending a run of two
 * nouns or more, with no verb after it, is that verb ("work"), not the head of what is counted.
 * ("How many village roads in X?" ends on a plural: the run stands. "What was the poverty line?"
 * has its verb before the run: only a "how many" clause puts it after.)
 */
function verbReadAsNoun(
  words: readonly string[],
  first: number,
  last: number,
  rest: readonly string[],
  role: (w: string) => string | undefined,
): boolean {
  if (last <= first || PLURAL.test(words[last]!) || words[last]!.includes("-")) return false;
  return !rest.some((w) => ["VERB", "AUX"].includes(role(w.replace(/[?.!,;:]+$/, "")) ?? ""));
}

/** The words among which thingAsked looks for the thing asked, read without tagging the question. */
export const askedWords = (q: Question): string[] =>
  patternsFor(q).orMuch.exec(q.english)?.[1]?.trim().split(/\s+/).slice(0, HEAD_WINDOW) ?? [];

/**
 * The noun naming the thing a "how many …" / "what was the …" question asks about, as written;
 * undefined when a measure names it ("how many issues of the bulletin": the bulletin's issues, in
 * whatever word the report counts them) or it is a part of a whole ("how many of the villages …").
 */
export const thingAsked = (q: Question): string | undefined => {
  const p = thingPhrase(q);
  if (!p || p.words[0] === "of" || p.words[p.last + 1] === "of") return undefined;
  return p.words[p.last];
};

/** The words naming the thing asked, its modifiers with it ("average microcredit loan"). */
export const thingWords = (q: Question): string[] => {
  const p = thingPhrase(q);
  return p ? p.words.slice(0, p.last + 1) : [];
};

function unknownThing(q: Question, terms: QueryTerm[]): string | undefined {
  const unknown = new Map(terms.filter((t) => t.term.startsWith("?")).map((t) => [t.term.slice(1), t]));
  // Only a real English word the report lacks is a thing it does not have; a misspelling is not.
  // (Checked before the question's words are tagged, which most questions never need.)
  const asked = patternsFor(q).asked.exec(q.english)?.[1]?.trim().split(/\s+/) ?? [];
  if (!asked.some((w) => unknown.has(stem(w)) && isEnglishWord(w))) return undefined;
  const p = thingPhrase(q, patternsFor(q).asked);
  if (!p) return undefined;
  const { m, words, last } = p;
  const run = words.slice(0, Math.max(HEAD_WINDOW, last + 1));
  const roles = q.roles();
  // "How many items of information", "how many pieces of news": a counted noun followed by "of"
  // and a word the report has measures that word, as a unit does ("1,860 pieces of information"):
  // what is counted is what it measures. ("What was the salary of …" names a thing of its own.)
  const measured = run[last + 2];
  if (COUNTED.test(m[0]) && run[last + 1] === "of" && measured && !unknown.has(stem(measured)))
    return undefined;
  // The thing is the head; the nouns of a phrase that narrows it ("income from tourism") name the
  // thing as much: a report without the word has no figure of that thing either.
  // "Poverty line", "time limit": a common head word after a noun that narrows it is no placeholder;
  // the two name one thing, which a report without the head word does not have. A word that stands
  // for anything ("news things", "loan stuff") or for a quantity stays the modifier's stand-in.
  const compound =
    last > 0 &&
    roles.get(run[last - 1]!) === "NOUN" &&
    !GENERAL_NOUN.test(run[last]!) &&
    !QUANTITY_NOUNS.includes(run[last]!);
  const head = run[last]!;
  // "How many mothers …": an everyday noun counted that names persons of one sex (one-sex.ts), which
  // no word of the report stands for, is a sub-group the report never counts, not a placeholder
  // for the persons it does count ("folks", "kids": people, students).
  const oneSex = COUNTED.test(m[0]) && unknown.get(stem(head))?.alts.length === 0 && namesOneSex(head);
  if (lacksThing(head, q, unknown, "head", compound || oneSex))
    return `“${compound ? `${run[last - 1]} ${head}` : head}”`;
  const lacking = narrowing(words, last, roles).find((w) => lacksThing(w, q, unknown, "narrowing"));
  return lacking ? `“${lacking}”` : undefined;
}

// The prepositions that narrow a noun to a kind of it ("income from tourism", "aid for schools").
// Not "of": after a measure ("copies of", "pieces of") it names the thing measured, in whatever
// words ("copies of tech data" for "copies of technical materials").
const NARROWING_PREPOSITION = new Set(["from", "for", "on", "about", "through", "in"]);
const MODIFIER_POS = new Set(["ADJ", "DET", "NUM"]);

/**
 * The common nouns of a phrase the head's preposition opens. (A noun before the head is left out:
 * people reword those freely, "farm experts" for "agricultural experts", "priority counties" for
 * "key counties", and the head still names the thing.)
 */
function narrowing(run: string[], last: number, roles: Map<string, string>): string[] {
  const isNoun = (w: string) => roles.get(w) === "NOUN";
  if (!NARROWING_PREPOSITION.has(run[last + 1] ?? "")) return [];
  let j = last + 2;
  while (j < run.length && MODIFIER_POS.has(roles.get(run[j]!) ?? "")) j++;
  const after: string[] = [];
  for (; j < run.length && isNoun(run[j]!); j++) after.push(run[j]!);
  return after;
}

/** Whether `thing` is a word for a thing the reports do not have (see unknownThing's rules). */
// A word that narrows the thing is had only in the same sense: the report's word for something
// broader ("industry" for "tourism") does not narrow it so.
function lacksThing(
  thing: string,
  q: Question,
  unknown: Map<string, QueryTerm>,
  role: "head" | "narrowing" = "head",
  compound = false,
): boolean {
  // "What was the cost of …", "what's the budget": a word that says the figure is money names the
  // kind of figure asked for, not a thing the report must have a word for.
  if (q.kinds[0] === "money" && namesMoney(thing)) return false;
  // "What's the total", "what was the difference": a word for what is computed from the figures
  // names no thing a report must have a word for, whatever words it writes its figures with.
  if (COMPUTED_NOUN.test(thing) || !isEnglishWord(thing)) return false;
  // "How much is the whole goal?" asked for a plan: a report writes its plans with any plan noun
  // ("the total target"), and one it implies by a share is computed, so the word names no thing.
  if (q.derivation?.type === "plan" && PLAN_NOUN.test(thing)) return false;
  const term = unknown.get(stem(thing));
  // A word whose synonym the report has is a thing the report has, and so is one WordNet gives as
  // the same thing as, or a kind of, what the report's figures count ("folks" are people,
  // "specialists" experts); not one it rewords into any other report word, whose sense the report
  // may not use ("weather" as "conditions"). Another word of its stem family is no such thing
  // either (an agent noun is no verb: "sellers" are no "sell").
  if (!term) return false;
  const had = (a: QueryTerm["alts"][number]) =>
    role === "head"
      ? (a.near === undefined && !a.family) || a.counted
      : a.related === "synonym" || (a.related === undefined && a.near === undefined && !a.family);
  if (term.alts.some(had)) return false;
  // A near word (near-words.ts) does not stand for the thing asked about: a topic word sits as
  // close to a neighbouring topic ("weather" to "conditions") as a rewording to its word.
  if (!compound && salience(thing, "NOUN") <= PLACEHOLDER_SALIENCE) return false;
  // A word WordNet gives as the same thing as a change ("gain" as "increase") names how a figure
  // changed, which the reports measure in their own words for change, not a thing they must name.
  if (term.alts.some((a) => a.related === "synonym" && CHANGE_STEMS.has(a.term))) return false;
  return true;
}
