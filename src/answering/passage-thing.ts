// "What was the average rent paid at …" asks for a thing ("rent"); when no figure answers and the
// question asked for no passage, the sentences found for the rest of its words (a
// programme's name) are about something else unless they name that thing, in its word or one the
// search takes as the same (a synonym, a form of it): a passage that never names it is no answer.
import { contentWords, stem } from "../text/words.js";
import type { QueryTerm } from "./rank.js";
import { thingAsked } from "./subject.js";
import type { Question } from "./understand.js";

/** Whether some sentence names the thing the question asks about (true when it names none). */
export function passageNamesThing(
  q: Question,
  terms: readonly QueryTerm[],
  sentences: readonly string[],
): boolean {
  const thing = thingAsked(q);
  if (!thing) return true;
  const asked = stem(thing.toLowerCase());
  const term = terms.find((t) => t.term === asked || t.term === `?${asked}`);
  // A near word (word vectors) is a neighbouring topic, not the thing; a synonym or form of it is.
  const same = new Set([
    asked,
    ...(term?.alts ?? []).filter((a) => a.near === undefined || a.related === "synonym").map((a) => a.term),
  ]);
  return sentences.some((s) => contentWords(s).some((w) => same.has(w.stem)));
}
