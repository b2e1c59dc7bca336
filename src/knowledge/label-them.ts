// "N of them": a bare count that is a part of a count stated before it in the sentence ("trained
// 163,800 people, and 142,600 of them found jobs", "planned to repair 30 reservoirs and completed
// 27 of them", "covered 214 villages, and work had started in 198 of them"). The pronoun names
// nothing, so the part counts what that earlier figure counts (its unit), and its label is that
// figure's noun phrase with the clause said of the part: its predicate when the part is the subject,
// the words before it when it is the object of a verb or of a preposition. Without this the label was
// the clause with the figure cut out ("completed of them") and the unit "items", so a question
// asking how many people, reservoirs or villages never reached it.
import type { Token } from "./nlp.js";
import { labelWithoutUnit } from "./label-phrases.js";

/** An earlier figure of the sentence, as labels.ts keeps it. */
export type Antecedent = { label: string; kind: string; read: boolean; head?: string; unit?: string };
type Phrase = (tokens: Token[], from: number, allowVerb?: boolean) => string | undefined;

/** A label that names a plan ("Annual plan for people trained"). */
const PLAN_LABEL = /^(?:annual |yearly )?(?:plan|target|task|goal|quota)s?\b/i;

const CLAUSE_END = new Set([",", ";", ":", "(", ")", "—", "–"]);

/** The label and unit of a bare count `first..last` followed by "of them", or undefined. */
export function partOfThem(
  tokens: Token[],
  first: number,
  last: number,
  before: readonly Antecedent[],
  phraseAfter: Phrase,
): { label: string; unit: string } | undefined {
  // "…; of them, 52,300 took part in …": the pronoun fronted before the count reads as after it.
  const fronted = themBefore(tokens, first);
  if (fronted) last = fronted;
  else if (tokens[last + 1]?.lemma !== "of" || tokens[last + 2]?.text.toLowerCase() !== "them")
    return undefined;
  // The nearest count before it that counts a noun of its own: "them" refers back to it.
  // Not a plan stated beside it ("trained N people, 105% of the annual plan of M; of them, …"): the
  // pronoun is the people, not the plan.
  const whole = before
    .filter((b) => b.kind === "count" && b.read && b.unit && b.unit !== "items" && !PLAN_LABEL.test(b.label))
    .at(-1);
  if (!whole?.unit) return undefined;
  const wholeLabel = labelWithoutUnit(whole.label);
  const verbAt = fronted ? last + 1 : last + 3;
  const after = tokens[verbAt];
  if (after && (after.pos === "VERB" || after.pos === "AUX")) {
    // The part is the subject: "142,600 of them realized transfer employment".
    const predicate = phraseAfter(tokens, verbAt, true);
    if (!predicate) return undefined;
    return { label: `${wholeLabel} that ${lower(predicate)}`, unit: whole.unit };
  }
  if (fronted) return undefined;
  // The part is an object: the clause's words before it, back to its opening punctuation or "and".
  let start = first;
  while (start > 0) {
    const t = tokens[start - 1]!;
    if (CLAUSE_END.has(t.text) || t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "NUM") break;
    start--;
  }
  const clause = tokens.slice(start, first);
  if (clause.length === 0) return undefined;
  const noun = capital(whole.head ?? wholeLabel);
  // "work had started in 198 of them": the places where the clause happened.
  if (clause.at(-1)!.pos === "ADP") {
    const rest = clause.slice(0, -1);
    if (rest.length === 0) return undefined;
    return { label: `${noun} where ${text(rest)}`, unit: whole.unit };
  }
  // "completed 27 of them": the counted things the verb acted on.
  return { label: `${noun} ${text(clause)}`, unit: whole.unit };
}

/**
 * "of them, N …", "among them N …": the pronoun fronted right before the bare count that starts
 * `first` (after a clause break). The count's last token when so (the count is one number: "52,300"),
 * else undefined.
 */
function themBefore(tokens: Token[], first: number): number | undefined {
  let at = first - 1;
  if (tokens[at]?.text === ",") at--;
  if (tokens[at]?.text.toLowerCase() !== "them" || !["of", "among"].includes(tokens[at - 1]?.lemma ?? ""))
    return undefined;
  const opener = tokens[at - 2];
  if (opener && !CLAUSE_END.has(opener.text) && opener.pos !== "PUNCT") return undefined;
  return tokens[first]?.pos === "NUM" ? first : undefined;
}

const text = (span: Token[]) => span.map((t) => t.text).join(" ");
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// Words that say a whole was planned: they describe the whole "of the 28 planned projects", not its
// completed part.
const PLANNED = /^(?:planned|targeted|scheduled|intended|expected)$/i;

/**
 * "25 of the 28 planned pilot projects had been completed": a bare count followed by "of the M
 * <things>" is a part of that whole, written after it. It counts the whole's noun, and its label is
 * that noun phrase (without the words that say the whole was planned) with the clause's verb.
 */
export function partOfWholeAfter(
  tokens: Token[],
  first: number,
  last: number,
  phraseAfter: Phrase,
): { label: string; unit: string } | undefined {
  if (
    tokens[last + 1]?.lemma !== "of" ||
    tokens[last + 2]?.lemma !== "the" ||
    tokens[last + 3]?.pos !== "NUM"
  )
    return undefined;
  let end = last + 4;
  const noun: Token[] = [];
  while (end < tokens.length) {
    const t = tokens[end]!;
    const modifier = t.pos === "ADJ" || (t.pos === "VERB" && /ed$/.test(t.text) && noun.length === 0);
    if (!modifier && t.pos !== "NOUN" && t.pos !== "PROPN") break;
    noun.push(t);
    end++;
  }
  const head = noun.at(-1);
  if (head?.pos !== "NOUN") return undefined;
  const phrase = noun.filter((t) => !PLANNED.test(t.text)).map((t) => t.text);
  // The object of the verb before it ("rebuilt 41 of the 45 bridges damaged by floods"): the
  // things that verb acted on.
  const verb = tokens[first - 1];
  if (verb?.pos === "VERB")
    return { label: capital(`${phrase.join(" ")} ${verb.text}`), unit: head.text.toLowerCase() };
  while (tokens[end]?.pos === "AUX") end++;
  const predicate = tokens[end]?.pos === "VERB" ? phraseAfter(tokens, end, true) : undefined;
  if (!predicate) return undefined;
  return { label: capital(`${phrase.join(" ")} ${lower(predicate)}`), unit: head.text.toLowerCase() };
}
