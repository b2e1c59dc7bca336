// Past participles of English verbs: the labels write a verb acted on as its participle ("covered
// by small loans") and the question reader ends a compared side at one ("B | built under …"). English
// grammar, not the report's vocabulary, so it sits with the other word handling every layer may use.

// English verbs whose past participle is not formed by adding -ed (the common ones of reports).
const IRREGULAR: Record<string, string> = {
  begin: "begun",
  bring: "brought",
  broadcast: "broadcast",
  build: "built",
  buy: "bought",
  cut: "cut",
  dig: "dug",
  do: "done",
  drive: "driven",
  find: "found",
  get: "got",
  give: "given",
  go: "gone",
  grow: "grown",
  have: "had",
  hold: "held",
  keep: "kept",
  lay: "laid",
  lead: "led",
  lend: "lent",
  make: "made",
  meet: "met",
  pay: "paid",
  put: "put",
  rise: "risen",
  run: "run",
  see: "seen",
  sell: "sold",
  send: "sent",
  set: "set",
  show: "shown",
  spend: "spent",
  spread: "spread",
  take: "taken",
  teach: "taught",
  win: "won",
  write: "written",
};

/** Verbs whose past tense is their base form ("put", "set", "broadcast"): a tagger may read them as nouns. */
export const SAME_FORM_PAST: ReadonlySet<string> = new Set(
  Object.keys(IRREGULAR).filter((v) => IRREGULAR[v] === v),
);

/** The irregular past participles as written ("put", "built", "given"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(Object.values(IRREGULAR));

/** Whether the table knows this verb's past participle (a past tense may differ from it: "drove"). */
export const hasIrregularParticiple = (lemma: string) => Object.hasOwn(IRREGULAR, lemma);

/** The past participle of a verb's lemma: "cover" → "covered", "involve" → "involved", "drive" → "driven". */
export function pastParticiple(lemma: string): string {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  if (lemma.endsWith("e")) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  // One short syllable ending consonant-vowel-consonant doubles its last letter ("plan" → "planned").
  if (lemma.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(lemma)) return `${lemma}${lemma.at(-1)}ed`;
  return `${lemma}ed`;
}

/** Whether a verb is written as a past participle: "invested", and the irregular "put", "given", "built". */
export function isPastParticiple(verb: { text: string; lemma: string }): boolean {
  const text = verb.text.toLowerCase();
  return /ed$/.test(text) || (hasIrregularParticiple(verb.lemma) && text === pastParticiple(verb.lemma));
}
