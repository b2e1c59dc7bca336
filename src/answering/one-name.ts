// "Which bank lent the small loans?", "which city put in most?": "which" before a singular noun asks
// for the one name of that kind. When no sentence names one, quoting the sentences about the topic
// passes them off as that name; a plural ("which measures …") or "what work …" asks for the things a
// passage may describe in its own words, so only the singular after "which" is read this way.

/** Whether the question asks "which <noun>" of a singular noun: one name of that kind. */
export function asksOneName(english: string, noun: string | undefined): boolean {
  if (!noun || /s$/i.test(noun)) return false;
  return new RegExp(String.raw`\bwhich ${noun}\b`, "i").test(english);
}
