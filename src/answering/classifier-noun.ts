// "Which kinds of schools …", "what types of crops …", "what sorts of training …": a noun that only
// classes things ("kinds", "types") is not what the question asks the names of; the noun after its
// "of" is. Read so, a series of the things themselves ("primary schools, middle schools and colleges")
// answers, as it would "which schools".
const CLASSIFIER_OF =
  /^(?:kinds?|types?|sorts?|categor(?:y|ies)|forms?|variet(?:y|ies))\s+of\s+(?:the\s+)?([a-z]+)\b/;

/**
 * The noun a names question asks of, given the noun after its question word (`noun`) and the
 * question: the noun after "of" when `noun` is a classifier written so ("kinds of schools"), else `noun`.
 */
export function nounPastClassifier(english: string, noun: string | undefined): string | undefined {
  if (!noun) return noun;
  const at = english.search(new RegExp(String.raw`\b${noun}\s+of\b`));
  if (at < 0) return noun;
  return CLASSIFIER_OF.exec(english.slice(at))?.[1] ?? noun;
}
