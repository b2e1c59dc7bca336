// "How many <noun> …", "what was the <noun> …": when the thing asked about is a noun the report
// never uses, no figure or sentence of the report is about it, however well the rest matches, and
// the reply says so ("The report has nothing on “tuition”").
import { stem } from "../text/words.js";
import { isEnglishWord } from "./background.js";
import type { QueryTerm } from "./rank.js";
import { salience } from "./register.js";
import type { Question } from "./understand.js";

const ASKED_THING =
  /\b(?:how many|number of|what (?:was|were|is|are) the|what's the|how (?:much|big|large) (?:was|were|is|are) the)\s+((?:[a-z][a-z-]*\s*){1,4})/;

// A noun this common in everyday English is a placeholder ("things", "stuff"), not a topic.
const PLACEHOLDER_SALIENCE = 0.1;

/** The noun a question asks about when the reports never use it (quoted for the reply); else undefined. */
export function unknownSubject(q: Question, terms: QueryTerm[]): string | undefined {
  const m = ASKED_THING.exec(q.english);
  if (!m) return undefined;
  const unknown = new Map(terms.filter((t) => t.term.startsWith("?")).map((t) => [t.term.slice(1), t]));
  const run = m[1]!.trim().split(/\s+/);
  // Only a real English word the report lacks is a thing it does not have; a misspelling is not.
  if (!run.some((w) => unknown.has(stem(w)) && isEnglishWord(w))) return undefined;
  const roles = q.roles();
  // The thing asked about ends the first run of nouns (adjective noun [noun] verb …).
  const nouns = run.map((w) => ["NOUN", "PROPN"].includes(roles.get(w) ?? ""));
  const first = nouns.indexOf(true);
  if (first < 0) return undefined;
  let last = first;
  while (nouns[last + 1]) last++;
  const thing = run[last]!;
  const term = unknown.get(stem(thing));
  // A word whose synonym the report has ("trainees": trained) is a thing the report has.
  if (!term || term.alts.some((a) => a.near === undefined)) return undefined;
  // A near word (near-words.ts) does not stand for the thing asked about: "weather" sits as close
  // to "conditions" as "gain" to "increase".
  if (salience(thing, "NOUN") <= PLACEHOLDER_SALIENCE) return undefined;
  return `“${thing}”`;
}
