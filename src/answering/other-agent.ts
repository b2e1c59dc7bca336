// "How much did the Provincial Women's Federation give to the schools?" of a sentence "Enterprises
// gave 2 million Yuan to the schools, and the work was commended by the Provincial Women's
// Federation": the name the question makes the giver is in the figure's sentence only as the agent
// of another, passive verb ("commended by"), not of the figure's own. It did not give the figure:
// someone else in the same story did.
import { escapeRegExp } from "../util/regexp.js";
import type { Entry } from "../knowledge/schema.js";
import { ASKED_COUNT_UNITS, COUNT_NOUNS } from "../knowledge/units.js";
import { contentWords, stem, words } from "../text/words.js";
import { regionsIn } from "./regions.js";
import type { QueryTerm } from "./rank.js";
import { termsOf } from "./search-index.js";
import { levelGiversIn } from "./set-aside.js";
import { sourcesIn } from "./sources.js";

// "did the X give", "has X paid": the name right after the question's auxiliary is its doer.
const doerPattern = (name: string) =>
  new RegExp(String.raw`\b(?:did|does|do|has|have|had)\s+(?:the\s+)?${escapeRegExp(name)}\s+[a-z]`, "i");
// A passive verb's "by" before the name, with no clause break between them ("praised by A and X").
const AGENT_BEFORE = /\b([a-z]+(?:ed|en))\s+by\b[^.;:]*$/i;

/**
 * Whether `name`, the doer of the question's verb, is named in `e`'s sentence only as the agent of
 * a passive verb that is not the figure's own (its label does not have the verb: "funds provided by
 * X" are X's), and never in the figure's label.
 */
export function doerOnlyAnotherAgent(question: string, name: string, e: Entry): boolean {
  if (!doerPattern(name).test(question)) return false;
  const lower = name.toLowerCase();
  const label = e.label.toLowerCase();
  if (label.includes(lower)) return false;
  const labelStems = new Set(termsOf(label));
  const sentence = e.sentence.toLowerCase();
  let at = sentence.indexOf(lower);
  if (at < 0) return false;
  for (; at >= 0; at = sentence.indexOf(lower, at + 1)) {
    const verb = AGENT_BEFORE.exec(e.sentence.slice(0, at))?.[1];
    if (!verb || labelStems.has(stem(verb.toLowerCase()))) return false;
  }
  return true;
}

// "How much did the banks put into the schools?" of a sentence "The province invested 5 million Yuan
// in the schools, of which 3 million from the central government and 2 million raised by the
// masses": the sentence says who gave its parts and the banks are not among them, so neither the
// total nor any part is the banks'. Nor of "The province invested 5 million Yuan in the schools"
// alone: the sentence says who gave (the subject of its verb of giving) and never names the banks.
// A question whose giver a sentence leaves out, where that sentence names who gave, is not
// answered by that sentence's figures.

// Verbs of giving money, in the forms a question or a report writes them.
const GIVING_VERB =
  "put|putting|pay|paid|paying|give|gave|given|giving|contribut\\w*|invest\\w*|rais\\w*|provid\\w*|spen[dt]\\w*|allocat\\w*|donat\\w*|fund\\w*|issu\\w*|inject\\w*|offer\\w*|pour\\w*|commit\\w*|lend|lent|lending|loan\\w*|grant\\w*|subsidi[sz]\\w*|financ\\w*|suppl\\w*|sponsor\\w*";
// "how much (money) did <giver> <verb of giving>", "how much is <giver> lending": the giver is the
// doer of the giving verb.
const ASKED_GIVER = new RegExp(
  String.raw`\bhow much(?:\s+(?:money|funds?|funding|capital))?\s+(?:(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:${GIVING_VERB})|(?:is|are|was|were)\s+(.+?)\s+(?:putting|paying|giving|lending|\w+ing))\b`,
  "i",
);
// The subject of a sentence's verb of giving, in the active voice ("the province had put in", "the
// enterprises donated"): its last word before the verb (in the past, as reports write: "funds" or
// "investment" are nouns) and any auxiliary of tense. A form of "be"
// there makes the verb passive, whose subject is what was given; a pronoun names no one.
const GAVE =
  "put|paid|gave|given|lent|spent|(?:contribut|invest|rais|provid|allocat|donat|fund|issu|inject|offer|pour|committ?|loan|grant|subsidi[sz]|financ|suppli|sponsor)ed";
const ACTIVE_GIVER = new RegExp(String.raw`\b([A-Za-z][\w'’]*)\s+(?:(?:had|has|have)\s+)?(${GAVE})\b`, "gi");
const NOT_A_GIVER =
  /^(?:was|were|is|are|be|been|being|it|they|we|he|she|which|that|who|also|and|or|of|to|for|not)$/i;
// Doers that are the report's own whole, not one giver among others: "the government", "the
// province": its total is theirs. (Pronouns are no content words, so "they" names no giver either.)
const WHOLE_DOERS = new Set(
  ["government", "governments", "govt", "govts", "province", "state", "country", "authorities"].map(stem),
);
// The reports' "masses" are the people themselves, whatever a question calls them: a giver named as
// persons is the masses of a breakdown. Persons are what the question reader counts as people or
// households (units.ts: "ordinary residents", "the farmers", "poor families"), and the people named
// after the place they live in, where that place is a thing the reports count: the -er noun of a
// count noun ("villagers" of villages; "islanders" of islands, were islands counted).
const PERSONS = new Set(["people", "households"]);
const PLACE_DWELLER = /^(\p{L}{4,})ers?$/u;
function namesPersons(doer: string): boolean {
  return words(doer).some((w) => {
    if (PERSONS.has(ASKED_COUNT_UNITS[w] ?? "")) return true;
    const place = PLACE_DWELLER.exec(w)?.[1];
    // "villag-ers" of "villag-es", "island-ers" of "island-s".
    return place !== undefined && (COUNT_NOUNS.has(`${place}s`) || COUNT_NOUNS.has(`${place}es`));
  });
}
// The words after which a sentence breaks its figure down into parts.
const BREAKDOWN = /\b(?:of which|among which|among them|including|in which)\b/i;

/**
 * The subject of the verb of giving that `e`'s figure follows in its clause and that verb ("the
 * province had put in N": province, put), or undefined when the figure has no such verb before it
 * or the verb's subject is no noun (passive, a pronoun).
 */
function activeGivingOf(e: Entry): { giver: string; verb: string; subject: string } | undefined {
  const at = e.sentence.indexOf(e.written);
  if (at < 0) return undefined;
  const head = e.sentence.slice(0, at);
  const before = head.slice(Math.max(head.lastIndexOf(";"), head.lastIndexOf(",")) + 1);
  const verbs = [...before.matchAll(ACTIVE_GIVER)];
  const last = verbs[verbs.length - 1];
  if (!last || NOT_A_GIVER.test(last[1]!)) return undefined;
  return {
    giver: last[1]!,
    verb: last[2]!.toLowerCase(),
    subject: before.slice(0, last.index + last[1]!.length),
  };
}

/** The subject of the verb of giving that `e`'s figure follows in its clause (activeGivingOf). */
export const activeGiverOf = (e: Entry): string | undefined => activeGivingOf(e)?.giver;

/**
 * Whether `e`'s sentence says who gave its figure and names nowhere the giver the English question
 * asks about ("how much did the enterprises give"): a sentence that breaks its figure down by giver
 * ("of which N from the central government, M raised by the masses"), or whose figure is the object
 * of a verb of giving with a subject ("the province invested N"). A giver told by a level's word
 * ("the county governments") is named only as a giver (sources.ts's reading, a level's word in the
 * breakdown or in the subject); any other by any of its own words in the sentence ("Aville County"
 * by Aville, "central organs" by central) or by a word the search read it as (`terms`: "firms" as
 * enterprises), or, for a breakdown, in `e`'s label.
 */
export function giverLeftOutOfBreakdown(
  english: string,
  e: Entry,
  terms: readonly QueryTerm[] = [],
): boolean {
  const m = ASKED_GIVER.exec(english);
  if (!m) return false;
  // "the county governments of A, B and C": the giver is before "of"; what follows says which.
  const doer = (m[1] ?? m[2]!).split(/\s+of\s+/)[0]!;
  if (regionsIn(doer).length > 0) return false;
  const own = contentWords(doer).filter((w) => !WHOLE_DOERS.has(w.stem));
  if (own.length === 0) return false;
  const split = BREAKDOWN.exec(e.sentence);
  const breakdown = split ? e.sentence.slice(split.index) : "";
  const partGivers = new Set([...sourcesIn(breakdown), ...levelGiversIn(breakdown)]);
  const giving = partGivers.size === 0 ? activeGivingOf(e) : undefined;
  const subject = giving?.giver;
  if (partGivers.size === 0 && subject === undefined) return false;
  const people = namesPersons(doer);
  if (people || own.every((w) => levelGiversIn(w.surface).size > 0)) {
    const levels = people ? new Set(["masses"]) : levelGiversIn(doer);
    const named = new Set([
      // "enterprises, organisations and individuals … donated N": a subject that names persons
      // among its givers names the people themselves.
      ...(giving && namesPersons(giving.subject) ? ["masses"] : []),
      ...partGivers,
      ...levelGiversIn(subject ?? ""),
      ...sourcesIn(e.sentence),
      ...sourcesIn(e.label),
    ]);
    return ![...levels].some((g) => named.has(g));
  }
  // The label of a figure with a subject may name what the money was for ("the World Bank
  // project's funds put in"), not who gave it: the sentence's subject says that.
  const stems = new Set(contentWords(subject ? e.sentence : `${e.sentence} ${e.label}`).map((w) => w.stem));
  // A word of the giver is named by itself or by a word the search took it for ("firms": companies),
  // the report's word or not (an unknown word's term is marked "?").
  const readAs = (w: { stem: string }) => [
    w.stem,
    ...terms
      .filter((t) => t.term === w.stem || t.term === `?${w.stem}`)
      .flatMap((t) => t.alts.map((a) => a.term)),
  ];
  return !own.some((w) => readAs(w).some((t) => stems.has(t)));
}

// "How much did the enterprises receive?" of "the enterprises donated N to the schools": the question
// makes the receiver the one the sentence makes the giver. The figure is what they gave away, never
// what they got.
const ASKED_RECEIVER =
  /\b(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:receive|get|obtain|accept|collect|gain)\b/i;

/**
 * Whether the English question asks what a doer received ("did the enterprises get") and `e`'s
 * figure is the object of that doer's own verb of giving (activeGiverOf: "the enterprises donated N").
 */
export function receiverWhoGave(english: string, e: Entry): boolean {
  const receiver = ASKED_RECEIVER.exec(english)?.[1];
  const giving = activeGivingOf(e);
  // Money raised is money collected: "the foundation raised N" is what it got.
  if (!receiver || !giving || /^rais/.test(giving.verb)) return false;
  const asked = new Set(contentWords(receiver).map((w) => w.stem));
  return asked.has(stem(giving.giver.toLowerCase()));
}
